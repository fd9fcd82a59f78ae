package vn.danvan.workflow.citizen;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.danvan.workflow.citizen.ClientRateLimit.Bucket;
import vn.danvan.workflow.petition.PetitionStatus;
import vn.danvan.workflow.web.ApiException;

/**
 * The status page's JSON twin, without a login: {@code GET /api/public/petitions/{code}} gives the same
 * {@link PetitionStatus} (nothing personal), under the same look-up limit; unknown: 404 problem+json, too many:
 * 429. Filing stays on the page, where the honeypot and the signed fill time guard it.
 */
@RestController
@RequestMapping("/api/public/petitions")
class PublicPetitionApi {

  private final StatusLookup lookup;
  private final ClientRateLimit rateLimit;
  private final CitizenSettings settings;

  PublicPetitionApi(StatusLookup lookup, ClientRateLimit rateLimit, CitizenSettings settings) {
    this.lookup = lookup;
    this.rateLimit = rateLimit;
    this.settings = settings;
  }

  @GetMapping("/{code}")
  PetitionStatus status(@PathVariable String code, HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    if (!rateLimit.allow(Bucket.LOOKUP, request.getRemoteAddr(), settings.lookupsPerHour())) {
      response.setHeader("Retry-After", String.valueOf(ClientRateLimit.WINDOW.toSeconds()));
      throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests");
    }
    return lookup.byCode(code).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "petition-not-found"));
  }
}
