//! One helper to read a page of any ordered query: a count and one bounded select.

use mega_domain::{Page, PageRequest};
use sea_orm::{ConnectionTrait, EntityTrait, PaginatorTrait, QuerySelect, Select};

use crate::error::Result;

/// Reads the page `request` of `select` (which must already be ordered) and maps each row.
pub(crate) async fn fetch_page<E, C, T>(
    conn: &C,
    select: Select<E>,
    request: PageRequest,
    map: impl Fn(E::Model) -> Result<T>,
) -> Result<Page<T>>
where
    E: EntityTrait,
    E::Model: Sync,
    C: ConnectionTrait,
{
    let total = select.clone().count(conn).await?;
    let rows = select
        .offset(request.offset)
        .limit(request.limit)
        .all(conn)
        .await?;
    Ok(Page {
        items: rows.into_iter().map(map).collect::<Result<_>>()?,
        offset: request.offset,
        total,
    })
}
