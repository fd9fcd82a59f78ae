package vn.danvan.workflow.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code danvan.security.*}.
 *
 * @param authenticationCache how long a successful login (HTTP Basic) is remembered before Camunda checks the
 *     password again; a changed or wrong password is always checked
 */
@ConfigurationProperties("danvan.security")
public record SecuritySettings(@DefaultValue("PT60S") Duration authenticationCache) {
}
