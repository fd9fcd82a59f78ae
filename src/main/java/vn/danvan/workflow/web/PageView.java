package vn.danvan.workflow.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** The page shape of every list in the API. */
public record PageView<T>(List<T> content, int page, int size, long totalElements) {

  public static <E, T> PageView<T> of(Page<E> page, Function<E, T> view) {
    return new PageView<>(page.getContent().stream().map(view).toList(), page.getNumber(), page.getSize(),
        page.getTotalElements());
  }
}
