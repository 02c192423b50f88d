package cn.legalaidhub;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code hub.data-dir} absolute, so {@code HUB_DATA_DIR=data} works as well as
 * {@code ./data} (H2 refuses implicitly relative paths) and every store agrees on one directory.
 */
class DataDirectoryPostProcessor implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String dataDir = environment.getProperty("hub.data-dir");
        if (dataDir != null && !dataDir.isBlank()) {
            environment.getPropertySources().addFirst(new MapPropertySource("hubDataDirectory",
                    Map.of("hub.data-dir", Path.of(dataDir).toAbsolutePath().normalize().toString())));
        }
    }
}
