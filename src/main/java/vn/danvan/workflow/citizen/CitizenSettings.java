package vn.danvan.workflow.citizen;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code danvan.citizen.*}: the public petition form and status page, guarded without a CAPTCHA.
 *
 * @param filingsPerHour petitions one client (an IPv4 address, an IPv6 /64) may send within any hour; more: 429
 * @param lookupsPerHour status look-ups one client may make within any hour (codes cannot be tried in bulk)
 * @param minFillTime a form sent sooner after it was shown is refused (a person takes longer)
 * @param maxFillTime a form older than this is refused (its signed time stamp has expired); the citizen sends it again
 * @param formKey the key that signs the form's time stamp; empty: a random key per start (several nodes behind one
 *     address must share one)
 * @param maxBody the largest form accepted, refused (413) before anything reads it
 */
@ConfigurationProperties("danvan.citizen")
public record CitizenSettings(@DefaultValue("5") int filingsPerHour, @DefaultValue("60") int lookupsPerHour,
    @DefaultValue("PT5S") Duration minFillTime, @DefaultValue("PT12H") Duration maxFillTime,
    @DefaultValue("") String formKey, @DefaultValue("256KB") DataSize maxBody) {
}
