#include "citegraph/utf8.hpp"

#include <bit>
#include <cstdint>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace citegraph {

std::size_t utf8_sequence_length(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // the allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) length = 2;
    else if (lead == 0xE0) length = 3, low = 0xA0;
    else if (lead == 0xED) length = 3, high = 0x9F;
    else if (lead >= 0xE1 && lead <= 0xEF) length = 3;
    else if (lead == 0xF0) length = 4, low = 0x90;
    else if (lead == 0xF4) length = 4, high = 0x8F;
    else if (lead >= 0xF1 && lead <= 0xF3) length = 4;
    else return 0;
    if (at + length > text.size() || byte(at + 1) < low || byte(at + 1) > high) return 0;
    for (std::size_t i = 2; i < length; ++i)
        if (byte(at + i) < 0x80 || byte(at + i) > 0xBF) return 0;
    return length;
}

std::size_t printable_ascii_end(std::string_view text, std::size_t at) {
#ifdef __SSE2__
    // Sixteen bytes at a time where the processor has SSE2 (every x86-64): as signed bytes,
    // printable ones are those above 0x1F and below 0x7F, since 0x80 and up are negative.
    // Every value every GraphML node holds is checked here, a twentieth of its writing.
    const __m128i below_first = _mm_set1_epi8(0x1F), past_last = _mm_set1_epi8(0x7F);
    for (; at + sizeof(__m128i) <= text.size(); at += sizeof(__m128i)) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at));
        const __m128i printable = _mm_and_si128(_mm_cmpgt_epi8(bytes, below_first), _mm_cmplt_epi8(bytes, past_last));
        const auto mask = static_cast<unsigned>(_mm_movemask_epi8(printable));
        if (mask != 0xFFFF) return at + static_cast<std::size_t>(std::countr_one(mask));
    }
#endif
    constexpr std::uint64_t ones = 0x0101010101010101;
    constexpr std::uint64_t high_bits = 0x8080808080808080;
    for (; at + sizeof(std::uint64_t) <= text.size(); at += sizeof(std::uint64_t)) {
        std::uint64_t word = 0;
        std::memcpy(&word, text.data() + at, sizeof word);
        // The classic byte tests: one below 0x20 (valid while no byte has its high bit, which
        // the first test rules out), and one equal to 0x7F as a zero byte of word ^ 0x7F...7F.
        const std::uint64_t delete_bytes = word ^ (0x7F * ones);
        const std::uint64_t below_space = (word - 0x20 * ones) & ~word & high_bits;
        const std::uint64_t is_delete = (delete_bytes - ones) & ~delete_bytes & high_bits;
        if (((word & high_bits) | below_space | is_delete) != 0) break;
    }
    const auto printable = [&](std::size_t i) {
        const auto c = static_cast<unsigned char>(text[i]);
        return c >= 0x20 && c < 0x7F;
    };
    while (at < text.size() && printable(at)) ++at;
    return at;
}

}  // namespace citegraph
