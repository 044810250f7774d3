//! Small builders the migrations share: foreign keys (plain and cascading) and indexes.

use sea_orm_migration::prelude::*;

/// A foreign key from `(table, column)` to `(table, column)`.
pub(crate) fn fk(
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(to.0, to.1)
        .to_owned()
}

/// A foreign key whose rows go when the referenced row goes.
pub(crate) fn cascade(
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    fk(from, to).on_delete(ForeignKeyAction::Cascade).to_owned()
}

/// A foreign key that is cleared when the referenced row goes.
pub(crate) fn set_null(
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    fk(from, to).on_delete(ForeignKeyAction::SetNull).to_owned()
}

/// A plain index on one column.
pub(crate) fn index(name: &str, table: impl IntoIden, col: impl IntoIden) -> IndexCreateStatement {
    Index::create().name(name).table(table).col(col).to_owned()
}

/// A unique index on several columns.
pub(crate) fn unique(name: &str, table: impl IntoIden, cols: Vec<DynIden>) -> IndexCreateStatement {
    let mut index = Index::create();
    index.name(name).table(table).unique();
    for col in cols {
        index.col(col);
    }
    index.to_owned()
}
