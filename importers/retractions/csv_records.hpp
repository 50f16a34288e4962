// Records of a CSV file (RFC 4180), read a chunk at a time so that a 60 MB file costs one
// record's memory, with the line and column of each record and of any error.
//
// Not libcsv or libfccp, the Debian CSV libraries: libfccp splits lines before it parses
// them, so a quoted field holding a line break (Retraction Watch's Notes and Reason hold
// them) breaks it; libcsv (last release 2013) reports neither line nor column of an error,
// which every input error here must name.
#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <vector>

#include "citegraph/model.hpp"

namespace citegraph {

class csv_records {
public:
    // Reads from `in`; `path` names the file in errors. A UTF-8 byte order mark is skipped.
    csv_records(std::istream& in, std::string path);

    // The next record's fields, unquoted ("" escapes undone); false at the end of input,
    // fields then empty. A record ends at LF or CRLF outside quotes; a blank line is a
    // record of one empty field. A quote inside an unquoted field is kept as text. Throws
    // input_error naming path:line:col for a quoted field that never closes (at its opening
    // quote) or a closing quote followed by anything but a comma or the line's end.
    bool next(std::vector<std::string>& fields);

    // Where the record last returned by next starts.
    location record_start() const { return record_start_; }

private:
    bool fill();      // refills buffer_; false at the end of input
    int peek();       // the next byte, or -1 at the end
    void advance();   // past the byte peek returned, counting lines and columns

    std::istream& in_;
    std::string path_;
    std::string buffer_;
    std::size_t at_ = 0;
    location here_{1, 1};
    location record_start_{1, 1};
};

}  // namespace citegraph
