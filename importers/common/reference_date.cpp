#include "reference_date.hpp"

namespace citegraph {

date_role date_role_in(date_role label, reference_kind kind) {
    if (label != date_role::none) return label;
    if (kind == reference_kind::personal_communication) return date_role::communicated;
    if (kind == reference_kind::legislation) return date_role::enacted;
    return date_role::published;
}

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
    if (unlabelled) return {unlabelled->value, date_role_in(unlabelled->role, kind)};
    if (accessed) return {accessed->value, date_role::accessed};
    if (archived) return {archived->value, date_role::archived};
    return {};
}

}  // namespace citegraph
