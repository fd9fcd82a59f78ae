package vn.danvan.workflow.portal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller of portal pages (HTML), beside its capability's API controller. Its errors are pages
 * ({@link PageErrors}), not problem+json, and its pages get the top bar ({@link TopBar}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PortalPage {

  @AliasFor(annotation = Controller.class)
  String value() default "";
}
