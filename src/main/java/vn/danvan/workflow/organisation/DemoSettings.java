package vn.danvan.workflow.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code danvan.demo.*}: read only with the {@code demo} profile, by {@link DemoData} and the directive demo data.
 *
 * @param password the password of every demo user; required with the demo profile
 */
@ConfigurationProperties("danvan.demo")
public record DemoSettings(@DefaultValue("") String password) {

  public DemoSettings {
    password = password == null ? "" : password;
  }

  @Override
  public String toString() {
    return "DemoSettings[password=" + (password.isEmpty() ? "" : "***") + "]";
  }
}
