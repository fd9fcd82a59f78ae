package vn.danvan.workflow.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code danvan.limits.*}: the largest request body accepted before anything reads it ({@link BodySizeLimit}).
 *
 * @param apiBody limit for {@code /api/**} (JSON); evidence uploads are multipart and limited by
 *     {@code spring.servlet.multipart.*} and {@code danvan.evidence.max-size} instead
 * @param otherBody limit for every other path (engine-rest, the Camunda webapps, deployments)
 */
@ConfigurationProperties("danvan.limits")
public record LimitSettings(@DefaultValue("1MB") DataSize apiBody, @DefaultValue("10MB") DataSize otherBody) {
}
