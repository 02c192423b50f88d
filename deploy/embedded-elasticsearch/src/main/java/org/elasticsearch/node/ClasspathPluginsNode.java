package org.elasticsearch.node;

import java.util.Collection;
import java.util.List;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

/**
 * A node whose plugins (the Netty transport, our analysis plugin) come from the class path.
 * In Elasticsearch's package because the node's construction hooks are package-private.
 */
public class ClasspathPluginsNode extends Node {

    public ClasspathPluginsNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
        super(NodeConstruction.prepareConstruction(environment, ClasspathPluginsService.emptyLoader(),
                new ClasspathServiceProvider(List.copyOf(plugins)), true));
    }

    private static final class ClasspathServiceProvider extends NodeServiceProvider {
        private final List<Class<? extends Plugin>> plugins;

        ClasspathServiceProvider(List<Class<? extends Plugin>> plugins) {
            this.plugins = plugins;
        }

        @Override
        PluginsService newPluginService(Environment environment, PluginsLoader loader) {
            return new ClasspathPluginsService(environment.settings(), environment, plugins);
        }
    }
}
