#pragma once
// What the knowledge base's repositories share (db/*.cpp only): the columns of an article as
// a list row, and reading them. Defined in KbRepository.cpp.

#include "laoke.pb.h"

#include <pqxx/pqxx>

namespace laoke::db {

/// The columns of protocol::KbArticleRow, from `kb_articles a LEFT JOIN product_lines pl`.
#define LAOKE_KB_ROW_COLUMNS                                                                                       \
    "a.id, a.title, coalesce(a.product_line_id, 0) AS product_line_id, coalesce(pl.name, '') AS product_line_name, " \
    "a.versions, coalesce(a.category_id, 0) AS category_id, left(a.symptom, 80) AS symptom_excerpt, a.use_count, "   \
    "extract(epoch FROM a.updated_at)::bigint AS updated, a.archived_at IS NOT NULL AS archived "
#define LAOKE_KB_ROW_FROM "FROM kb_articles a LEFT JOIN product_lines pl ON pl.id = a.product_line_id "

protocol::KbArticleRow toKbArticleRow(const pqxx::row& row);

}  // namespace laoke::db
