package vn.danvan.workflow.organisation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code danvan.organisation.*}.
 *
 * @param treeCache how long {@link UnitDirectory} keeps the unit tree; a unit changed through the application is
 *     seen at once, one changed directly in the table after this
 */
@ConfigurationProperties("danvan.organisation")
public record OrganisationSettings(@DefaultValue("PT1M") Duration treeCache) {
}
