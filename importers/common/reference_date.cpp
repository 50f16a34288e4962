#include "reference_date.hpp"

namespace citegraph {

namespace {

// Role of an unlabelled (or "received") date, from what kind of work it dates.
date_role implied_role(date_role label, reference_kind kind) {
    if (label == date_role::communicated || kind == reference_kind::personal_communication)
        return date_role::communicated;
    if (kind == reference_kind::legislation) return date_role::enacted;
    return date_role::published;
}

}  // namespace

dated choose_reference_date(const std::vector<found_date>& dates, reference_kind kind) {
    const found_date* labelled = nullptr;
    const found_date* unlabelled = nullptr;
    const found_date* accessed = nullptr;
    const found_date* archived = nullptr;
    for (const found_date& d : dates) {
        if (d.role == date_role::published || d.role == date_role::enacted) labelled = &d;
        else if (d.role == date_role::accessed) accessed = &d;
        else if (d.role == date_role::archived) archived = &d;
        else unlabelled = &d;
    }
    if (labelled) return {labelled->value, labelled->role};
    if (unlabelled) return {unlabelled->value, implied_role(unlabelled->role, kind)};
    if (accessed) return {accessed->value, date_role::accessed};
    if (archived) return {archived->value, date_role::archived};
    return {};
}

}  // namespace citegraph
