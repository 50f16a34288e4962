// Notes that name no source of their own but repeat one named before: "Ibid.", "Ibid.,
// p. 4", "Id. at 5" (the note before), "Supra note 3", "See note 3 above" (note 3). Read
// alone they have no title, date or link, and every claim citing them would rest on an
// undated, unverifiable source; the source they repeat is what the claim rests on.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "citegraph/model.hpp"

namespace citegraph {

// Which note a note repeats.
struct repeated_note {
    bool previous = false;  // "Ibid.", "Id.": the note before it
    int number = 0;         // "supra note 3", "note 3 above": note 3
};

// What the note's text repeats, if it opens by repeating a source (after an optional
// "See"); nullopt for any other text. "Ibid" in any case, "Id." as legal citations write
// it, followed by the end, a space or punctuation.
std::optional<repeated_note> read_repeated_note(std::string_view text);

// Gives each note that repeats a source that source's details (title, links, identifiers,
// dates, kind and flags), keeping its own number, id, text and place. Notes are taken in
// list order, so "Ibid." after "Ibid." repeats the source before both. A note pointing at
// a number the list lacks, or at itself, keeps what it has.
void resolve_repeated_notes(std::vector<reference>& notes);

}  // namespace citegraph
