// SHA-256 (FIPS 180-4), by Nettle: the hashes and fingerprints check gives
// findings, and the Content-Security-Policy hashes of the report's inline script and style.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace citegraph::exports_detail {

// The 32-byte digest of the bytes; the empty input has the standard digest e3b0c442….
std::array<std::uint8_t, 32> sha256(std::string_view bytes);

// Standard base64 with '=' padding (RFC 4648); "" for no bytes.
std::string base64(const std::uint8_t* bytes, std::size_t size);

// The CSP source expression that allows exactly this inline content: "'sha256-<base64>'".
std::string csp_hash(std::string_view content);

}  // namespace citegraph::exports_detail
