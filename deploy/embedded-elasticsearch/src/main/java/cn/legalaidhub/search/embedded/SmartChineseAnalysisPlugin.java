package cn.legalaidhub.search.embedded;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AbstractTokenizerFactory;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Registers the analyzer {@code smartcn} and the tokenizer {@code smartcn_tokenizer} under the
 * names the official analysis-smartcn plugin uses, so the case-feed index template works the same
 * on the embedded node and on a production cluster with that plugin installed.
 */
public class SmartChineseAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of("smartcn", SmartChineseAnalyzerProvider::new);
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of("smartcn_tokenizer", SmartChineseTokenizerFactory::new);
    }

    static final class SmartChineseAnalyzerProvider extends AbstractIndexAnalyzerProvider<SmartChineseAnalyzer> {
        private final SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer();

        SmartChineseAnalyzerProvider(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
            super(name, settings);
        }

        @Override
        public SmartChineseAnalyzer get() {
            return analyzer;
        }
    }

    static final class SmartChineseTokenizerFactory extends AbstractTokenizerFactory {
        SmartChineseTokenizerFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
            super(indexSettings, settings, name);
        }

        @Override
        public Tokenizer create() {
            return new HMMChineseTokenizer();
        }
    }
}
