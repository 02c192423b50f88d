package cn.legalaidhub.web;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves the contract's OpenAPI document (schemas/openapi) as written, without authentication. */
@RestController
class OpenApiDocument {

    private static final Resource DOCUMENT = new ClassPathResource("schemas/openapi/legal-aid-hub.openapi.yaml");

    @GetMapping(value = "/api/v1/openapi.yaml")
    ResponseEntity<Resource> openApi() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/yaml;charset=UTF-8")).body(DOCUMENT);
    }
}
