package vn.danvan.workflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Workflow and approval engine for the "Dân vận khéo" emulation movement.
 * Not an {@code @EnableProcessApplication}: that would switch off our own deployment of processes/.
 * Settings: one {@code @ConfigurationProperties} record per capability ({@code danvan.*}), found by the scan and
 * listed with their defaults in application.yaml.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DanvanWorkflowApplication {

  public static void main(String[] args) {
    SpringApplication.run(DanvanWorkflowApplication.class, args);
  }
}
