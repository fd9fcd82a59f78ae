package vn.danvan.workflow.document;

/**
 * What Nghị định 30/2020/NĐ-CP puts around the text: the managing body (may be absent) and the issuing body top
 * left, the authority line under the title ("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ..."), the place before the date, and
 * the signing block: the capacity ("TM. ỦY BAN NHÂN DÂN", may be absent) and the signer's position.
 */
public record Letterhead(String parentBody, String issuingBody, String authorityLine, String place,
    String signingCapacity, String signerPosition) {
}
