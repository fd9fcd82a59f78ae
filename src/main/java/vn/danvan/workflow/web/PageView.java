package vn.danvan.workflow.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * The page shape of every list in the API. totalIsLowerBound (only written when true): the list stopped counting
 * at totalElements and has more (the model list past 10,000), so a next page exists.
 */
public record PageView<T>(List<T> content, int page, int size, long totalElements,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean totalIsLowerBound) {

  public PageView(List<T> content, int page, int size, long totalElements) {
    this(content, page, size, totalElements, false);
  }

  public static <E, T> PageView<T> of(Page<E> page, Function<E, T> view) {
    return new PageView<>(page.getContent().stream().map(view).toList(), page.getNumber(), page.getSize(),
        page.getTotalElements());
  }
}
