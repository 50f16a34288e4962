// Texts made in processes of their own, for work done through a library that keeps its
// state in globals and so cannot run on two threads at once (cgraph), but can in two
// processes: fork() gives each child a copy of everything the caller has made so far.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace citegraph::exports_detail {

// Items [0, count) dealt round: with p processes, item i is made by the caller if i % p is
// 0 and by child i % p otherwise. Each child makes its items in order, sends each text down
// a pipe of its own, then sends its last words (what it learned on the way) and ends; a
// child is at most one item ahead of the caller's taking, so memory holds a text or two per
// child. The caller makes its own items itself, while the children make theirs. A child
// neither writes to the caller's outputs nor runs its exit handlers, and it ends with the
// caller: it holds the default signal actions and is killed if the caller dies.
class forked_texts {
public:
    using make_fn = std::function<std::string(std::size_t item)>;
    using last_words_fn = std::function<std::string()>;

    // Starts processes - 1 children, no more than there are items besides the caller's first
    // (none for fewer than two items, or if fork fails: then every item is the caller's).
    // make and last_words run in the children only.
    forked_texts(std::size_t count, unsigned processes, const make_fn& make, const last_words_fn& last_words);
    forked_texts(const forked_texts&) = delete;
    forked_texts& operator=(const forked_texts&) = delete;
    // Kills and reaps the children still running: the caller gave up on them.
    ~forked_texts();

    // True if the caller makes the item itself.
    bool mine(std::size_t item) const { return children_.empty() || item % (children_.size() + 1) == 0; }

    // The text a child made for the item. Each child's items must be taken in order. Throws
    // std::runtime_error with the child's message if making it threw, or if the child ended
    // without sending it.
    std::string take(std::size_t item);

    // Each child's last words, once every item has been taken; the children are then reaped.
    // Throws as take does, and if a child ended other than by exiting 0.
    std::vector<std::string> finish();

private:
    struct child {
        pid_t pid = -1;
        int from = -1;             // the read end of the child's pipe
        std::size_t next = 0;      // the next item it sends
    };

    std::string receive(child& from, bool last_words);
    void end_children();

    std::vector<child> children_;
};

}  // namespace citegraph::exports_detail
