package org.peerpartners.companion.web;

import java.util.Collections;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The admin web speaks English and Spanish: the browser's first choice of the two
 * (Accept-Language), English otherwise, and {@code ?lang=es} / {@code ?lang=en} switches for
 * the rest of the session.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    static final Locale SPANISH = Locale.forLanguageTag("es");

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new SessionLocaleResolver();
        resolver.setDefaultLocaleFunction(LanguageConfiguration::preferred);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                Locale chosen = supported(request.getParameter("lang"));
                if (chosen != null) {
                    RequestContextUtils.getLocaleResolver(request).setLocale(request, response, chosen);
                }
                return true;
            }
        });
    }

    static Locale preferred(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") != null) {
            for (Locale locale : Collections.list(request.getLocales())) {
                Locale supported = supported(locale.getLanguage());
                if (supported != null) {
                    return supported;
                }
            }
        }
        return Locale.ENGLISH;
    }

    private static Locale supported(String language) {
        if ("es".equalsIgnoreCase(language)) {
            return SPANISH;
        }
        return "en".equalsIgnoreCase(language) ? Locale.ENGLISH : null;
    }
}
