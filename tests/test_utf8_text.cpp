// The byte-wise UTF-8 helpers of the text layer (text/utf8_text) that every scanner calls on
// each byte: their ASCII fast paths must read exactly as the full decoding did, and the
// "et al" test of entry titles must match the folded-words phrase test it replaces. The
// number scanners' digit search (text/text_chars) reads eight bytes at a time and must find
// the digit a byte-by-byte search finds. Numbers are appended to text (text/decimal) as
// std::to_string writes them.
#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "text/decimal.hpp"
#include "text/reference_segments.hpp"
#include "text/text_chars.hpp"
#include "text/url_scanner.hpp"
#include "text/utf8_text.hpp"
#include "text/work_titles.hpp"

using namespace citegraph;

TEST_SUITE("utf8 text") {

TEST_CASE("append_number writes a number after the text as std::to_string would") {
    std::string out = "d";
    text::append_number(out, 0);
    CHECK(out == "d0");
    text::append_number(out, -17L);
    CHECK(out == "d0-17");
    out.clear();
    text::append_number(out, std::numeric_limits<long>::min());
    CHECK(out == std::to_string(std::numeric_limits<long>::min()));
    out.clear();
    text::append_number(out, std::numeric_limits<std::size_t>::max());
    CHECK(out == std::to_string(std::numeric_limits<std::size_t>::max()));
    out = "r";
    text::append_number(out, std::uint32_t{4294967295u});
    CHECK(out == "r4294967295");
}

TEST_CASE("char_length counts ASCII as one byte and a whole multi-byte character as its length") {
    const std::string_view text = "a\xC3\xA9\xE2\x80\x94\xF0\x9F\x93\x96z";  // a é — 📖 z
    CHECK(text::char_length(text, 0) == 1);
    CHECK(text::char_length(text, 1) == 2);
    CHECK(text::char_length(text, 3) == 3);
    CHECK(text::char_length(text, 6) == 4);
    CHECK(text::char_length(text, 10) == 1);
    CHECK(text::char_length(text, 11) == 0);  // past the end
    CHECK(text::char_length("\xC3", 0) == 1);       // truncated
    CHECK(text::char_length("\xE2\x80", 0) == 1);   // truncated
    CHECK(text::char_length("\xC3z", 0) == 1);      // no continuation byte
    CHECK(text::char_length("\xA9", 0) == 1);       // stray continuation byte
}

TEST_CASE("is_letter and is_word_char read ASCII and Latin letters, not digits, dashes or stray bytes") {
    const std::string_view text = "Zz9-\xC3\x89\xC3\x97\xE2\x80\x93\xC5\x81";  // Z z 9 - É × – Ł
    CHECK(text::is_letter(text, 0));
    CHECK(text::is_letter(text, 1));
    CHECK_FALSE(text::is_letter(text, 2));
    CHECK(text::is_word_char(text, 2));
    CHECK_FALSE(text::is_word_char(text, 3));
    CHECK(text::is_letter(text, 4));        // É
    CHECK_FALSE(text::is_letter(text, 6));  // ×
    CHECK_FALSE(text::is_letter(text, 8));  // –
    CHECK(text::is_letter(text, 11));       // Ł
    CHECK_FALSE(text::is_letter(text, 13)); // past the end
    CHECK_FALSE(text::is_word_char(text, 13));
    CHECK_FALSE(text::is_letter("\xC3", 0));
    CHECK(text::word_end("Ménaka, 2019", 0) == 7);
    CHECK(text::folded_words("Ménaka ÉT AL, 2019") == " menaka et al 2019 ");
}

TEST_CASE("folded_words is each word folded, one space apart, whatever surrounds the words") {
    // The definition, word by word: what folded_words computes a character at a time.
    const auto word_by_word = [](std::string_view text) {
        std::string out = " ";
        for (std::size_t at = 0; at < text.size();) {
            if (!text::is_word_char(text, at)) {
                at += text::char_length(text, at);
                continue;
            }
            const std::size_t end = text::word_end(text, at);
            out += text::fold(text.substr(at, end - at)) + ' ';
            at = end;
        }
        return out;
    };
    for (const std::string text :
         {"", " ", "a", "Ménaka", "ÉT AL, 2019", "  Œuvre complète (1998)  ", "x\xC3", "\xC3x", "\x80\x80" "ab",
          "Février–mars 2019 × 3", "Łódź; São Paulo. ¿Qué?", "end.", "U.S. GAO-07-791", "a\xE2\x80\x94" "b",
          // Non-ASCII letters only, and as the last character: folded where room is made for them.
          "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ", "ŒœŒœ Æþ ßÐ", "Москва и Київ", "x é", "é"}) {
        CAPTURE(text);
        CHECK(text::folded_words(text) == word_by_word(text));
    }
}

TEST_CASE("an author list ending in et al is no title, however it is cased or accented") {
    for (const std::string et_al : {"et al", "Et Al", "ET AL", "\xC3\xA9t al"}) {
        CAPTURE(et_al);
        const std::string entry = "Ministry of Water and Sanitation of the Republic of Mali " + et_al +
                                  ". Rapport annuel sur l'eau potable. Bamako; 2019.";
        CHECK(text::has_phrase(text::folded_words(entry), "et al"));
        CHECK(entry_title(entry) == "Rapport annuel sur l'eau potable");
    }
    // "et" and "al" as parts of other words, or apart, name no one.
    const std::string entry = "Ministry of Water and Sanitation of the Republic of Mali et Alors. Rapport annuel. 2019.";
    CHECK(entry_title(entry) == "Ministry of Water and Sanitation of the Republic of Mali et Alors");
}

TEST_CASE("a look at the bytes rules out et al exactly where folding the words does") {
    // The word after "et": "al" in any case or with an accent that folds away, followed by
    // what ends a word or by what does not; and words that hold "al" or end in "l" without
    // being "al". Ruling a segment out before its words are read must never change a title.
    for (const std::string after_et : {"al", "Al", "AL", "aL", "\xC3\xA0l", "\xC3\x81L", "\xC3\xA5l", "al,", "al;",
                                        "al)", "al\xC2\xA0" "and", "al\xE2\x80\x99s", "al\xC3\xA9", "al2", "2al", "sal",
                                        "ale", "a l", "l", "xl", "\xC5\x82", "al-Din", "Kamal", "(al)", "ál"}) {
        CAPTURE(after_et);
        const std::string authors = "Ministry of Water and Sanitation of the Republic of Mali et " + after_et;
        const std::string entry = authors + ". Rapport annuel sur l'eau potable. Bamako; 2019.";
        const bool et_al = text::has_phrase(text::folded_words(authors), "et al");
        const std::vector<std::string_view> segments = split_segments(entry);
        REQUIRE(segments.size() >= 2);
        CHECK(entry_title(entry) == (et_al ? "Rapport annuel sur l'eau potable" : std::string(segments[0])));
    }
}

TEST_CASE("has_folded_word finds a word as folding every word of the text would") {
    const std::vector<std::string> texts = {
        "", "news", "https://www.news.example/a", "https://newsroom.example/", "https://x.example/NEWS/2019/1",
        "https://x.example/n\xC3\xA9ws/", "https://x.example/news2", "https://x.example/a-news-b", "new s",
        "\xC3\x91" "ews", "the News, today",
    };
    for (const std::string& text : texts) {
        CAPTURE(text);
        for (const std::string_view word : {"news", "a", "the", "x", "example"})
            CHECK(text::has_folded_word(text, word) == text::has_phrase(text::folded_words(text), word));
    }
}

TEST_CASE("an entry's segments given split once serve its title as if split again") {
    // A DOI is overwritten before the entry is split for its title, so that its dots end no
    // segment: given segments of the text with the DOI in it are then not used.
    for (const std::string entry : {
             "Smith J, Jones K. Child labour in cotton. J Dev Stud. 2019;55:1-20. doi:10.1016/j.jds.2019.01.002",
             "U.S. Embassy- Bamako. Reporting. January 26, 2021.",
             "ILO. Report  on   child labour. Geneva; 2020. https://www.ilo.org/a.b/c.pdf Accessed May 2, 2021.",
             "10.1000/xyz123. A title of three words. 2018.",
             "",
         }) {
        CAPTURE(entry);
        const std::vector<found_url> urls = find_urls(entry);
        const std::string plain = without_urls(entry, urls);
        const entry_segment_views once(plain, split_segments(plain));
        const entry_segment_views again(entry, urls);
        CHECK(once.segments() == again.segments());
        CHECK(entry_title(once) == entry_title(entry));
    }
}

TEST_CASE("space_length's inline answer for a byte agrees with reading the whole character") {
    // Every lead byte, alone and followed by each continuation that makes a space with some
    // lead (no-break, en to hair, narrow, medium mathematical and ideographic spaces).
    for (int lead = 0; lead < 256; ++lead) {
        for (const std::string_view rest : {"", "\xA0", "\x80\x80", "\x80\x8A", "\x80\xAF", "\x81\x9F", "\x80\x8B"}) {
            std::string text(1, static_cast<char>(lead));
            text += rest;
            CAPTURE(lead);
            CHECK(text::space_length(text, 0) == text::space_length_beyond_printable(text, 0));
        }
    }
    CHECK(text::space_length("a\xC2\xA0", 1) == 2);
    CHECK(text::space_length("\xE3\x80\x80", 0) == 3);
    CHECK(text::space_length("x", 1) == 0);
}

TEST_CASE("next_byte_of finds the first of its bytes wherever it lies in a word of eight bytes") {
    // Bytes one bit away from '.', '?' and '!' ('/' ',' '>' '#' 'a'), and bytes above 0x80.
    const std::string filler = "/,>#a\xAE\xBF\xA1 ";
    for (std::size_t length = 0; length <= 40; ++length) {
        std::string text;
        for (std::size_t k = 0; k < length; ++k) text += filler[k % filler.size()];
        CAPTURE(length);
        CHECK(citegraph::next_byte_of<'.', '?', '!'>(text, 0) == text.size());
        for (std::size_t mark_at = 0; mark_at < length; ++mark_at) {
            for (const char mark : {'.', '?', '!'}) {
                std::string with_mark = text;
                with_mark[mark_at] = mark;
                with_mark += "!";  // a later mark never hides the first
                CAPTURE(mark_at);
                for (std::size_t from = 0; from <= mark_at; ++from)
                    CHECK(citegraph::next_byte_of<'.', '?', '!'>(with_mark, from) == mark_at);
                CHECK(citegraph::next_byte_of<'.', '?', '!'>(with_mark, mark_at + 1) == with_mark.size() - 1);
            }
        }
    }
    CHECK(citegraph::next_byte_of<'<', 'h'>("Report, 2019. https://x", 0) == 14);
    CHECK(citegraph::next_byte_of<'<', 'h'>("World Bank <www.x>", 0) == 11);
}

TEST_CASE("next_digit finds the first ASCII digit wherever it lies in a word of eight bytes") {
    // Bytes one bit away from a digit's (':' '/' ' '), bytes that differ from '0'..'9' in the
    // high bit only (0xB0..0xB9, inside UTF-8 characters) and other letters are no digits.
    const std::string filler = ":/ \xB0\xB9\xC2\xB5xZ@\x80";
    for (std::size_t length = 0; length <= 40; ++length) {
        std::string text;
        for (std::size_t k = 0; k < length; ++k) text += filler[k % filler.size()];
        CAPTURE(length);
        CHECK(citegraph::next_digit(text, 0) == text.size());
        for (std::size_t digit_at = 0; digit_at < length; ++digit_at) {
            for (const char digit : {'0', '5', '9'}) {
                std::string with_digit = text;
                with_digit[digit_at] = digit;
                with_digit += "7";  // a later digit never hides the first
                CAPTURE(digit_at);
                CHECK(citegraph::next_digit(with_digit, 0) == digit_at);
                for (std::size_t from = 0; from <= digit_at; ++from) CHECK(citegraph::next_digit(with_digit, from) == digit_at);
                CHECK(citegraph::next_digit(with_digit, digit_at + 1) == with_digit.size() - 1);
            }
        }
    }
}

TEST_CASE("a folded text's sketch of words answers every phrase as a search of its words does") {
    const std::vector<std::string> texts = {
        "", "Embassy cable, 2019.", "Personal communication with the Ministry; e-mail of 3 May",
        "Projet de loi portant code du travail", "In Proceedings of the ACM", "ILO. Survey data sets 2020",
        "Réporting Été DÉCRET", "a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd ee ff gg hh",
    };
    const std::vector<std::string_view> phrases = {
        "", "cable", "cables", "embassy", "e mail", "personal communication", "communication with",
        "projet de loi", "loi portant", "de", "in proceedings", "proceedings of", "of the", "data sets",
        "data set", "reporting", "ete", "decret", "z aa", "hh", "h", "zz", " cable", "cable ", "the acm",
    };
    for (const std::string& raw : texts) {
        const text::folded_text folded(text::folded_words(raw));
        CHECK(folded.words() == text::folded_words(raw));
        for (const std::string_view phrase : phrases) {
            CAPTURE(raw);
            CAPTURE(phrase);
            CHECK(folded.has_phrase(text::phrase(phrase)) == text::has_phrase(folded.words(), phrase));
        }
    }
    // A phrase made when the program is compiled has the sketch of one made as it runs.
    const text::folded_text personal(text::folded_words("Personal communication"));
    CHECK(personal.has_phrase("personal communication"));
    CHECK_FALSE(personal.has_phrase("personal letter"));
    constexpr text::phrase compiled("projet de loi");
    CHECK(compiled.sketch() == text::phrase(std::string_view("projet de loi")).sketch());
}

TEST_CASE("word_end and letters_end stop where stepping a character at a time stops") {
    const std::string text = "Ab9 café-Łódź 2019 naïve\xE2\x80\x99s x\xC3\x97y \x80stray ÉTÉ_été42 \xC3";
    for (std::size_t at = 0; at <= text.size(); ++at) {
        std::size_t word = at;
        while (text::is_word_char(text, word)) word += text::char_length(text, word);
        std::size_t letters = at;
        while (text::is_letter(text, letters)) letters += text::char_length(text, letters);
        CAPTURE(at);
        CHECK(text::word_end(text, at) == word);
        CHECK(text::letters_end(text, at) == letters);
    }
}

TEST_CASE("skip_spaces and skip_spaces_back step over runs of any length as a space at a time does") {
    for (std::size_t run = 0; run <= 20; ++run) {
        const std::string text = "x." + std::string(run, ' ') + "\xC2\xA0 \t" + std::string(run, ' ') + "y" +
                                 std::string(run, ' ');
        for (std::size_t at = 0; at <= text.size(); ++at) {
            std::size_t forward = at;
            while (forward < text.size() && text::space_length(text, forward) > 0)
                forward += text::space_length(text, forward);
            std::size_t back = at;
            while (back > 0) {
                const std::size_t before = text::previous_char(text, back);
                if (text::space_length(text, before) != back - before) break;
                back = before;
            }
            CAPTURE(run);
            CAPTURE(at);
            CHECK(text::skip_spaces(text, at) == forward);
            CHECK(text::skip_spaces_back(text, at) == back);
        }
    }
}

}  // TEST_SUITE
