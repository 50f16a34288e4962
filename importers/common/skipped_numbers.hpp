// The numbers a numbered reference list jumped over. A PDF's layout can print an entry
// after the one that follows it ("5. …", "7. …", "6. …", "8. …"), and every reader of
// numbered lists (text, Markdown) must then still take "6." as the list's entry, not as the
// start of another list or a line of the entry before it.
#pragma once

#include <algorithm>
#include <vector>

namespace citegraph {

class skipped_numbers {
public:
    // The list went from entry `last` to entry `next`: the numbers between may come later.
    void jumped(int last, int next) {
        for (int gap = last + 1; gap < next; ++gap) gaps_.push_back(gap);
    }

    // True, once, if `number` is one the list jumped over.
    bool take(int number) {
        const auto found = std::find(gaps_.begin(), gaps_.end(), number);
        if (found == gaps_.end()) return false;
        gaps_.erase(found);
        return true;
    }

private:
    std::vector<int> gaps_;
};

}  // namespace citegraph
