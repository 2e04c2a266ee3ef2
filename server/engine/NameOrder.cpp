#include "engine/NameOrder.h"

#include <unicode/coll.h>
#include <unicode/locid.h>

#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>

namespace laoke::engine {
namespace {

// PostgreSQL opens the collation "zh-x-icu" as ucol_open("zh") with default attributes.
std::unique_ptr<icu::Collator> openChineseCollator()
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> collator(icu::Collator::createInstance(icu::Locale("zh"), status));
    if (U_FAILURE(status) || !collator) {
        throw std::runtime_error(std::string("ICU Chinese collation unavailable: ") + u_errorName(status));
    }
    return collator;
}

// One collator per thread: ICU allows concurrent const use, but a private instance costs
// little and leaves no doubt.
const icu::Collator& collator()
{
    thread_local const std::unique_ptr<icu::Collator> instance = openChineseCollator();
    return *instance;
}

}  // namespace

int compareNames(std::string_view nameA, std::int64_t idA, std::string_view nameB, std::int64_t idB)
{
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult result =
        collator().compareUTF8(icu::StringPiece(nameA.data(), static_cast<int32_t>(nameA.size())),
                               icu::StringPiece(nameB.data(), static_cast<int32_t>(nameB.size())), status);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU comparison failed: ") + u_errorName(status));
    if (result != UCOL_EQUAL) return result == UCOL_LESS ? -1 : 1;
    const int bytes = nameA.compare(nameB);  // PostgreSQL's tie-break: the bytes (strcmp)
    if (bytes != 0) return bytes < 0 ? -1 : 1;
    return idA < idB ? -1 : (idA > idB ? 1 : 0);
}

}  // namespace laoke::engine
