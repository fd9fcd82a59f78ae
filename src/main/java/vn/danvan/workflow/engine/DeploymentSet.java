package vn.danvan.workflow.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The files of processes/ that must be deployed together, because a process binds its forms by
 * {@code deployment} and finds them only in its own deployment: a changed process goes with the forms it
 * references ({@code camunda:formRef}), a changed form with every process that references it (and that
 * process's other forms). Any other file (a decision, a form no process references) goes only if it changed.
 */
final class DeploymentSet {

  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final ObjectMapper JSON = new ObjectMapper();

  private DeploymentSet() {
  }

  /** {@code files}: name to content; {@code changed}: the names whose content differs from the deployed one. */
  static Set<String> of(Map<String, byte[]> files, Set<String> changed) {
    Map<String, String> formFiles = new HashMap<>();
    files.forEach((name, content) -> {
      if (name.endsWith(".form")) {
        String id = formId(content);
        if (id != null) {
          formFiles.put(id, name);
        }
      }
    });
    Set<String> together = new TreeSet<>(changed);
    files.forEach((name, content) -> {
      if (!name.endsWith(".bpmn")) {
        return;
      }
      Set<String> forms = formRefs(content).stream().map(formFiles::get).filter(Objects::nonNull)
          .collect(Collectors.toSet());
      if (changed.contains(name) || forms.stream().anyMatch(changed::contains)) {
        together.add(name);
        together.addAll(forms);
      }
    });
    return together;
  }

  /** The form ids a BPMN references; none if it cannot be read (the engine then refuses it with its reason). */
  static Set<String> formRefs(byte[] bpmn) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    Set<String> refs = new LinkedHashSet<>();
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(bpmn));
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamReader.START_ELEMENT) {
            String ref = xml.getAttributeValue(CAMUNDA, "formRef");
            if (ref != null && !ref.isBlank()) {
              refs.add(ref.strip());
            }
          }
        }
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      return Set.of();
    }
    return refs;
  }

  private static String formId(byte[] form) {
    try {
      return JSON.readTree(form).path("id").asText(null);
    } catch (IOException e) {
      return null;
    }
  }
}
