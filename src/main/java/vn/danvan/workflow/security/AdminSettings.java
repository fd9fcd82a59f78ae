package vn.danvan.workflow.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code danvan.admin.*}: the first administrator, created by {@link AdminBootstrap} when there is none.
 *
 * @param password the password of user {@code admin}; empty means a random one, written once in the log
 */
@ConfigurationProperties("danvan.admin")
public record AdminSettings(@DefaultValue("") String password) {

  public AdminSettings {
    password = password == null ? "" : password;
  }

  @Override
  public String toString() {
    return "AdminSettings[password=" + (password.isEmpty() ? "" : "***") + "]";
  }
}
