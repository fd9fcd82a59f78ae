package vn.danvan.workflow.engine;

import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.annotation.AutowiredAnnotationBeanPostProcessor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.CommonAnnotationBeanPostProcessor;
import org.springframework.context.annotation.Configuration;

/**
 * Lets the Camunda starter run from Spring's AOT-generated context (the Docker image starts that way: faster,
 * README "Performance"). The starter declares its configuration beans with interface return types
 * ({@code CamundaProcessEngineConfiguration defaultProcessEngineConfiguration()}) and their classes take their
 * properties by {@code @Autowired} fields and {@code @PostConstruct}. AOT generates injection from the declared
 * type only, so at run time those fields would stay null. This injects them from the actual class, exactly as
 * Spring does without AOT; without AOT it does nothing.
 */
@Configuration(proxyBeanMethods = false)
class CamundaStarterAotInjection {

  @Bean
  static BeanPostProcessor camundaStarterFieldInjection() {
    return new Injection();
  }

  private static final class Injection implements BeanPostProcessor, BeanFactoryAware {

    private final AutowiredAnnotationBeanPostProcessor autowired = new AutowiredAnnotationBeanPostProcessor();
    private final CommonAnnotationBeanPostProcessor lifecycle = new CommonAnnotationBeanPostProcessor();
    private ConfigurableListableBeanFactory factory;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
      factory = (ConfigurableListableBeanFactory) beanFactory;
      autowired.setBeanFactory(beanFactory);
      lifecycle.setBeanFactory(beanFactory);
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
      if (AotDetector.useGeneratedArtifacts() && bean.getClass().getName().startsWith("org.camunda.bpm.spring.boot")
          && declaredAsInterface(beanName)) {
        autowired.processInjection(bean);
        return lifecycle.postProcessBeforeInitialization(bean, beanName);
      }
      return bean;
    }

    private boolean declaredAsInterface(String beanName) {
      if (!factory.containsBeanDefinition(beanName)) {
        return false;
      }
      Class<?> declared = factory.getMergedBeanDefinition(beanName).getResolvableType().resolve();
      return declared != null && declared.isInterface();
    }
  }
}
