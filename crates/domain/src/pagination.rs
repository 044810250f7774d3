//! Relay-style page requests (`first` 1–100, default 20, `after` an offset) and pages.

use crate::ValidationError;

/// A validated request for one page of a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageRequest {
    /// How many items to skip.
    pub offset: u64,
    /// How many items to return.
    pub limit: u64,
}

impl PageRequest {
    /// Page size when the caller gives none.
    pub const DEFAULT_SIZE: i32 = 20;
    /// Largest page a caller may ask for.
    pub const MAX_SIZE: i32 = 100;

    /// Validates `first`; `after_offset` is the decoded position of the `after` cursor.
    pub fn parse(first: Option<i32>, after_offset: Option<u64>) -> Result<Self, ValidationError> {
        let first = first.unwrap_or(Self::DEFAULT_SIZE);
        if !(1..=Self::MAX_SIZE).contains(&first) {
            return Err(ValidationError::new(
                "first",
                "INVALID_PAGE_SIZE",
                format!("`first` must be between 1 and {}.", Self::MAX_SIZE),
            )
            .with("min", 1)
            .with("max", Self::MAX_SIZE));
        }
        Ok(Self {
            offset: after_offset.map_or(0, |after| after + 1),
            limit: u64::from(first.unsigned_abs()),
        })
    }
}

/// One page of items with the total size of the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page<T> {
    /// The items, in list order.
    pub items: Vec<T>,
    /// Offset of the first item.
    pub offset: u64,
    /// Number of items in the whole list.
    pub total: u64,
}

impl<T> Page<T> {
    /// Whether items follow this page.
    pub fn has_next(&self) -> bool {
        self.offset + (self.items.len() as u64) < self.total
    }

    /// Whether items precede this page.
    pub fn has_previous(&self) -> bool {
        self.offset > 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_bounds() {
        assert_eq!(
            PageRequest::parse(None, None).unwrap(),
            PageRequest {
                offset: 0,
                limit: 20
            }
        );
        assert_eq!(
            PageRequest::parse(Some(100), Some(4)).unwrap(),
            PageRequest {
                offset: 5,
                limit: 100
            }
        );
        for bad in [0, -1, 101, i32::MIN, i32::MAX] {
            assert_eq!(
                PageRequest::parse(Some(bad), None).unwrap_err().code,
                "INVALID_PAGE_SIZE"
            );
        }
    }

    #[test]
    fn page_flags() {
        let page = Page {
            items: vec![1, 2],
            offset: 0,
            total: 3,
        };
        assert!(page.has_next() && !page.has_previous());
        let last = Page {
            items: vec![3],
            offset: 2,
            total: 3,
        };
        assert!(!last.has_next() && last.has_previous());
    }
}
