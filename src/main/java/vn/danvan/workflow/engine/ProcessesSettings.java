package vn.danvan.workflow.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code danvan.processes.*}: where {@link ProcessesDeployment} reads the BPMN, DMN and form files.
 *
 * @param dir a folder to deploy from instead of the packaged {@code processes/} (e.g. the one Modeler edits);
 *     empty means the packaged ones
 */
@ConfigurationProperties("danvan.processes")
public record ProcessesSettings(@DefaultValue("") String dir) {

  public ProcessesSettings {
    dir = dir == null ? "" : dir;
  }
}
