package cn.legalaidhub.console.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Security of the staff console, and only of it: this chain matches {@code /console/**} alone, so the
 * API ({@code /api/**}) and partner endpoints ({@code /partner/**}) keep their own API-key filter, with
 * no session and no CSRF. Here: form sign-in against {@code console_user}, bcrypt hashes, a session that
 * expires ({@code server.servlet.session.timeout}), CSRF tokens on every change, and pages by role.
 */
@Configuration
@EnableWebSecurity
class ConsoleSecurity {

    static final String LOGIN = "/console/login";

    @Bean
    SecurityFilterChain consoleSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/console/**")
                .authorizeHttpRequests(pages -> pages
                        .requestMatchers(LOGIN, "/console/assets/**").permitAll()
                        .requestMatchers("/console/admin/**").hasRole("ADMINISTRATOR")
                        .requestMatchers("/console/search/**").hasAnyRole("COORDINATOR", "SUPERVISOR", "REVIEWER")
                        .requestMatchers("/console/statistics/**").hasAnyRole("SUPERVISOR", "COORDINATOR")
                        .requestMatchers("/console/reports/**").hasAnyRole("SUPERVISOR", "COORDINATOR")
                        .requestMatchers("/console/typical-cases/**").hasAnyRole("WORKSTATION_STAFF", "REVIEWER", "COORDINATOR", "SUPERVISOR")
                        .requestMatchers("/console/batches/**").hasRole("WORKSTATION_STAFF")
                        .requestMatchers("/console/notices/**", "/console/meetings/**", "/console/bulletins/**")
                        .hasAnyRole("WORKSTATION_STAFF", "REVIEWER", "COORDINATOR", "SUPERVISOR")
                        .requestMatchers("/console/warnings/**", "/console/campaigns/**")
                        .hasAnyRole("WORKSTATION_STAFF", "REVIEWER", "COORDINATOR", "SUPERVISOR")
                        .requestMatchers("/console/referrals/new/**").hasAnyRole("WORKSTATION_STAFF", "REVIEWER")
                        .requestMatchers("/console/inbox/**", "/console/referrals/**")
                        .hasAnyRole("WORKSTATION_STAFF", "REVIEWER", "COORDINATOR", "SUPERVISOR")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(LOGIN).loginProcessingUrl(LOGIN)
                        .defaultSuccessUrl("/console/", true).failureUrl(LOGIN + "?error"))
                .logout(logout -> logout.logoutUrl("/console/logout").logoutSuccessUrl(LOGIN + "?logout")
                        .deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(f -> f.changeSessionId())
                        .invalidSessionUrl(LOGIN + "?expired"))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
                                + "form-action 'self'; base-uri 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }

    /** A page asks for sign-in with a redirect; an htmx request, whose answer would land inside a page, with HX-Redirect. */
    private static AuthenticationEntryPoint entryPoint() {
        LoginUrlAuthenticationEntryPoint pages = new LoginUrlAuthenticationEntryPoint(LOGIN);
        return (request, response, exception) -> {
            if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", request.getContextPath() + LOGIN + "?expired");
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            pages.commence(request, response, exception);
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
