// A value most objects of a kind leave empty, held apart: 8 bytes where it is empty, one
// allocation where it is set. Reads never allocate; the first edit does.
// Standard library only.
#pragma once

#include <memory>

namespace citegraph {

// T's default value is "empty": an unset rarely_set reads as T{}. Copies copy the value.
template <class T>
class rarely_set {
public:
    rarely_set() = default;
    rarely_set(const rarely_set& other) : value_(other.value_ ? std::make_unique<T>(*other.value_) : nullptr) {}
    rarely_set(rarely_set&&) noexcept = default;
    rarely_set& operator=(const rarely_set& other) {
        if (this != &other) *this = rarely_set(other);
        return *this;
    }
    rarely_set& operator=(rarely_set&&) noexcept = default;
    ~rarely_set() = default;

    const T& operator*() const { return value_ ? *value_ : empty(); }
    const T* operator->() const { return &**this; }

    // Whether an edit gave it a value of its own (which may since have been emptied).
    bool allocated() const { return value_ != nullptr; }

    // The value, to change: allocated, empty, on the first call.
    T& edit() {
        if (!value_) value_ = std::make_unique<T>();
        return *value_;
    }

    friend bool operator==(const rarely_set& a, const rarely_set& b) { return *a == *b; }

private:
    static const T& empty() {
        static const T value{};
        return value;
    }

    std::unique_ptr<T> value_;
};

}  // namespace citegraph
