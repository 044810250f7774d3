//! Opaque global IDs (`node(id:)`): base64url of `Type:id`. Clients must not parse them.
//! Each id newtype knows its node type (`mega_domain::NodeId`), so an ID of one type is never
//! decoded as another's; the list of node types is `mega_domain::for_each_node!`.

use async_graphql::ID;
use mega_domain::NodeId;
use mega_domain::ids::{decode_global_id, parse_global_id};

macro_rules! node_types {
    ($($name:ident => $id:ty),+ $(,)?) => {
        /// The object types that have global IDs.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum NodeType {
            $(
                #[doc = concat!("A `", stringify!($name), "`.")]
                $name,
            )+
        }

        impl NodeType {
            /// Every node type.
            #[cfg(test)]
            pub const ALL: &'static [Self] = &[$(Self::$name),+];

            fn from_name(name: &str) -> Option<Self> {
                $(
                    if name == <$id as NodeId>::NODE {
                        return Some(Self::$name);
                    }
                )+
                None
            }

            /// The type's name in IDs and in the schema.
            #[cfg(test)]
            fn name(self) -> &'static str {
                match self {
                    $(Self::$name => <$id as NodeId>::NODE),+
                }
            }
        }
    };
}

mega_domain::for_each_node!(node_types);

/// The global ID of `id`.
pub fn encode<T: NodeId>(id: T) -> ID {
    ID(id.global_id())
}

/// Decodes a global ID of any node type; `None` for anything malformed.
pub fn decode_any(id: &str) -> Option<(NodeType, i32)> {
    let (name, raw) = parse_global_id(id)?;
    Some((NodeType::from_name(&name)?, raw))
}

/// Decodes a global ID that must name a `T`; `None` for another type's ID or garbage.
pub fn decode<T: NodeId>(id: &str) -> Option<T> {
    decode_global_id(id)
}

#[cfg(test)]
mod tests {
    use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
    use mega_domain::{OrganisationId, UserId};

    use super::*;

    #[test]
    fn every_type_round_trips() {
        for ty in NodeType::ALL {
            let id = URL_SAFE_NO_PAD.encode(format!("{}:7", ty.name()));
            assert_eq!(decode_any(&id), Some((*ty, 7)), "{ty:?}");
        }
    }

    #[test]
    fn round_trips_and_rejects_garbage() {
        let id = encode(OrganisationId(42));
        assert_eq!(decode_any(&id), Some((NodeType::Organisation, 42)));
        assert_eq!(decode::<UserId>(&id), None);
        assert_eq!(decode::<OrganisationId>(&id), Some(OrganisationId(42)));
        for bad in [
            "",
            "!!!",
            "T3JnYW5pc2F0aW9u",
            &URL_SAFE_NO_PAD.encode("Cake:1"),
        ] {
            assert_eq!(decode_any(bad), None, "{bad}");
        }
    }
}
