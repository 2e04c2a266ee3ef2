#pragma once
// The product catalogue: product lines with their modules and versions (lifecycle dates).
// Everyone reads it; only admins change it (row-level security and the handler both say so).

#include "db/UnitOfWork.h"
#include "laoke.pb.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace laoke::db {

/// A catalogue version with its line, as installed products need it.
struct VersionInfo {
    std::int64_t id = 0;
    std::int64_t productLineId = 0;
    std::string lineName;
    std::string vendor;
    std::string name;
    std::string releasedOn, limitedSupportFrom, supportStoppedFrom, endOfLifeFrom;
};

class CatalogueRepository {
public:
    explicit CatalogueRepository(UnitOfWork& work) : m_work(work) {}

    /// Every line (archived ones excluded) with its modules and versions; lifecycle_stage is
    /// left for the caller to compute.
    std::vector<protocol::ProductLine> lines();

    std::optional<VersionInfo> version(std::int64_t versionId);
    /// By line name or code, and version name (case-insensitive), for imports.
    std::optional<VersionInfo> findVersion(const std::string& line, const std::string& versionName);
    /// Every current module id of `lineId`.
    std::set<std::int64_t> moduleIdsOfLine(std::int64_t lineId);
    /// Module ids of `lineId` by name (case-insensitive); names not found are returned in `unknown`.
    std::vector<std::int64_t> moduleIds(std::int64_t lineId, const std::vector<std::string>& names,
                                        std::vector<std::string>& unknown);

    /// Insert (id 0) or update at version; returns the id. ALREADY_EXISTS on a taken code/name.
    std::int64_t saveLine(const protocol::ProductLine& line);
    std::int64_t saveVersion(const protocol::ProductVersion& version);
    std::int64_t saveModule(const protocol::ProductModule& module);

private:
    UnitOfWork& m_work;
};

}  // namespace laoke::db
