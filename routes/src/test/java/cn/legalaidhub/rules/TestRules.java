package cn.legalaidhub.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The rule book of the shipped {@code lifecycle.yml}, for unit tests, optionally changed. */
public final class TestRules {

    private TestRules() {
    }

    public static RuleBook shipped() {
        return shipped(p -> { });
    }

    public static RuleBook shipped(Consumer<LifecycleProperties> change) {
        return new RuleBook(properties(change));
    }

    public static LifecycleProperties properties(Consumer<LifecycleProperties> change) {
        try {
            StandardEnvironment env = new StandardEnvironment();
            new YamlPropertySourceLoader().load("lifecycle", new ClassPathResource("lifecycle.yml"))
                    .forEach(env.getPropertySources()::addLast);
            LifecycleProperties properties = Binder.get(env).bind("hub.lifecycle", LifecycleProperties.class)
                    .orElseThrow(() -> new IllegalStateException("lifecycle.yml has no hub.lifecycle"));
            change.accept(properties);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
