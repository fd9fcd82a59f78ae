package vn.danvan.workflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Workflow and approval engine for the "Dân vận khéo" emulation movement.
 * Not an {@code @EnableProcessApplication}: that would switch off our own deployment of processes/.
 */
@SpringBootApplication
public class DanvanWorkflowApplication {

  public static void main(String[] args) {
    SpringApplication.run(DanvanWorkflowApplication.class, args);
  }
}
