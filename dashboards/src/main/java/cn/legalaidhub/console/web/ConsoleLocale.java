package cn.legalaidhub.console.web;

import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/** The console speaks Simplified Chinese whatever the browser asks for; its texts are in messages_zh_CN.properties. */
@Configuration
class ConsoleLocale {

    @Bean
    LocaleResolver localeResolver() {
        return new FixedLocaleResolver(Locale.SIMPLIFIED_CHINESE);
    }
}
