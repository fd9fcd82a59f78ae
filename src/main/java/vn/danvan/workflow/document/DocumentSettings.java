package vn.danvan.workflow.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code danvan.documents.*}: official documents (decisions, certificates) and their verification.
 *
 * @param verifyUrl the public verification page, as printed and put in the QR code; the code is appended
 * @param templatesDir a folder with edited copies of templates/document/pdf/*.html; empty: the packaged ones
 * @param keystore a PKCS#12 file holding the signing key and its certificate chain; empty: documents are
 *     issued unsigned and say so
 * @param keystorePassword its password (also the key's)
 * @param keyAlias the key's alias in the keystore; empty: the first key
 * @param portalUrl where the portal is reached from outside (scheme, host, port; no trailing slash), for the links
 *     in e-mails, such as the decision's page in the reward letter to the unit
 */
@ConfigurationProperties("danvan.documents")
public record DocumentSettings(@DefaultValue("http://localhost:8080/xac-thuc/") String verifyUrl,
    @DefaultValue("") String templatesDir, @DefaultValue("") String keystore,
    @DefaultValue("") String keystorePassword, @DefaultValue("") String keyAlias,
    @DefaultValue("http://localhost:8080") String portalUrl) {

  /** An absolute address of a portal page, from its path ("/quyet-dinh/khen-thuong/7"). */
  String portalAddress(String path) {
    return (portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl) + path;
  }

  boolean signs() {
    return keystore != null && !keystore.isBlank();
  }
}
