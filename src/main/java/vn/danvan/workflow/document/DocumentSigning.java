package vn.danvan.workflow.document;

import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The signer: the PKCS#12 keystore of the settings, or none (documents issued unsigned, and saying so). */
@Configuration
class DocumentSigning {

  @Bean
  Signer documentSigner(DocumentSettings settings) {
    if (!settings.signs()) {
      return new Signer.Unsigned();
    }
    return new Pkcs12Signer(Path.of(settings.keystore()), settings.keystorePassword().toCharArray(),
        settings.keyAlias());
  }
}
