from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

T = TypeVar("T", bound="PostContextAnnotationsItem")


@_attrs_define
class PostContextAnnotationsItem(Model):
    """A single inferred annotation about the Post (domain and entity context).

    Attributes:
        domain (PostContextAnnotationsItemDomainType0): The domain (broad category) this annotation belongs to.
        entity (PostContextAnnotationsItemEntityType0): The specific entity recognized within the domain.
    """

    domain: PostContextAnnotationsItemDomainType0
    entity: PostContextAnnotationsItemEntityType0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The model as its JSON object: the fields that are set, and the unknown ones kept."""
        domain: dict[str, Any]
        if isinstance(self.domain, PostContextAnnotationsItemDomainType0):
            domain = self.domain.to_dict()

        entity: dict[str, Any]
        if isinstance(self.entity, PostContextAnnotationsItemEntityType0):
            entity = self.entity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
                "entity": entity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """The model read from its JSON object (what `to_dict` returns); a field of the wrong type
        raises TypeError naming it.

        Args:
            src_dict: The JSON object, as X sent it.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # the ABC check only off the JSON path
            raise TypeError(f"{cls.__name__}: expected object, got {type(src_dict).__name__}")
        _get = src_dict.get

        def _parse_domain(data: object) -> PostContextAnnotationsItemDomainType0:
            if not isinstance(data, dict):
                raise TypeError()
            domain_type_0 = PostContextAnnotationsItemDomainType0.from_dict(data)

            return domain_type_0

        domain = _parse_domain(src_dict["domain"])

        def _parse_entity(data: object) -> PostContextAnnotationsItemEntityType0:
            if not isinstance(data, dict):
                raise TypeError()
            entity_type_0 = PostContextAnnotationsItemEntityType0.from_dict(data)

            return entity_type_0

        entity = _parse_entity(src_dict["entity"])

        post_context_annotations_item = cls(
            domain,
            entity,
        )

        d = (
            {}
            if _PostContextAnnotationsItem_KEYS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _PostContextAnnotationsItem_KEYS}
        )
        post_context_annotations_item.additional_properties = d
        return post_context_annotations_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_PostContextAnnotationsItem_KEYS = frozenset(
    {
        "domain",
        "entity",
    }
)
from ..models.post_context_annotations_item_domain_type_0 import PostContextAnnotationsItemDomainType0  # noqa: E402
from ..models.post_context_annotations_item_entity_type_0 import PostContextAnnotationsItemEntityType0  # noqa: E402
