package vn.danvan.workflow.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements that request-handling threads (Tomcat's "-exec-" threads) prepare, so a test
 * can show that one page of a list costs the same number of queries whatever its size.
 */
public final class HttpStatementCounter {

  private static final AtomicLong STATEMENTS = new AtomicLong();

  private HttpStatementCounter() {
  }

  public static long count() {
    return STATEMENTS.get();
  }

  @TestConfiguration(proxyBeanMethods = false)
  public static class Config {

    @Bean
    static BeanPostProcessor countingDataSource() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          if (bean instanceof DataSource dataSource && "dataSource".equals(name)) {
            return Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                  Object result = invoke(method, dataSource, args);
                  return result instanceof Connection connection ? counting(connection) : result;
                });
          }
          return bean;
        }
      };
    }

    private static Connection counting(Connection connection) {
      return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
          (proxy, method, args) -> {
            if ((method.getName().equals("prepareStatement") || method.getName().equals("createStatement"))
                && Thread.currentThread().getName().contains("-exec-")) {
              STATEMENTS.incrementAndGet();
            }
            return invoke(method, connection, args);
          });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }
}
