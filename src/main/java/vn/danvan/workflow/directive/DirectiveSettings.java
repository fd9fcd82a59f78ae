package vn.danvan.workflow.directive;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code danvan.directives.*}.
 *
 * @param editorGroups Camunda groups whose members may issue directives and edit their members in charge
 */
@ConfigurationProperties("danvan.directives")
public record DirectiveSettings(@DefaultValue({"ban-dan-van-huyen", "ban-dan-van-tinh"}) List<String> editorGroups) {

  public DirectiveSettings {
    editorGroups = editorGroups == null ? List.of() : List.copyOf(editorGroups);
  }
}
