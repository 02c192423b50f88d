package cn.legalaidhub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LegalAidHubApplication {

    public static void main(String[] args) {
        SpringApplication.run(LegalAidHubApplication.class, args);
    }
}
