package vn.danvan.workflow.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code danvan.evidence.*}.
 *
 * @param dir folder of the evidence files (images, PDF, Word, Excel), kept outside the engine's variables;
 *     application.yaml puts it under {@code DATA_DIR}
 * @param maxSize largest evidence file accepted
 */
@ConfigurationProperties("danvan.evidence")
public record EvidenceSettings(@DefaultValue("./data/evidence") String dir, @DefaultValue("10MB") DataSize maxSize) {
}
