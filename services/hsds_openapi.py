"""Our HSDS API's own OpenAPI 3.1 document, one per language (its server is that
language's API). Its schemas state what we publish: HSDS 3's objects with the
fields we fill, their types and formats; our x_ extensions are allowed but not
described here (docs/open-data.md lists them)."""


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def array(name):
    return {"type": "array", "items": ref(name)}


def obj(required, **properties):
    return {"type": "object", "required": list(required), "properties": properties}


UUID = {"type": "string", "format": "uuid"}
TEXT = {"type": "string"}
DATE = {"type": "string", "format": "date"}
URI = {"type": "string", "format": "uri"}
EMAIL = {"type": "string", "format": "email"}
HHMM = {"type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"}
COUNT = {"type": "number", "minimum": 0}

SERVICE_FIELDS = {
    "id": UUID,
    "organization_id": UUID,
    "name": TEXT,
    "description": TEXT,
    "url": URI,
    "email": EMAIL,
    "status": {"enum": ["active", "inactive", "defunct", "temporarily closed"]},
    "application_process": TEXT,
    "fees_description": TEXT,
    "eligibility_description": TEXT,
    "minimum_age": COUNT,
    "maximum_age": COUNT,
    "assured_date": DATE,
    "alert": TEXT,
    "last_modified": {"type": "string", "format": "date-time"},
    "organization": ref("Organization"),
}

SCHEMAS = {
    "Error": obj(["status", "message"], status={"type": "integer"}, message=TEXT),
    "Meta": obj(["version", "profile", "openapi_url"], version=TEXT, profile=URI, openapi_url=URI),
    "Page": obj(
        ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty"],
        total_items={"type": "integer", "minimum": 0},
        total_pages={"type": "integer", "minimum": 1},
        page_number={"type": "integer", "minimum": 1},
        size={"type": "integer", "minimum": 1},
        first_page={"type": "boolean"},
        last_page={"type": "boolean"},
        empty={"type": "boolean"},
    ),
    "Phone": obj(["id", "number"], id=UUID, number=TEXT, description=TEXT),
    "Contact": obj(["id"], id=UUID, email=EMAIL),
    "Schedule": obj(
        ["id"],
        id=UUID,
        location_id=UUID,
        valid_from=DATE,
        valid_to=DATE,
        freq={"enum": ["WEEKLY", "MONTHLY"]},
        byday=TEXT,
        opens_at=HHMM,
        closes_at=HHMM,
        description=TEXT,
    ),
    "Address": obj(
        ["id", "address_1", "city", "state_province", "postal_code", "country", "address_type"],
        id=UUID,
        address_1=TEXT,
        city=TEXT,
        state_province=TEXT,
        postal_code=TEXT,
        country=TEXT,
        address_type={"enum": ["physical", "postal", "virtual"]},
    ),
    "Accessibility": obj(["id"], id=UUID, description=TEXT, details=TEXT, url=URI),
    "Location": obj(
        ["id", "location_type"],
        id=UUID,
        location_type={"enum": ["physical", "postal", "virtual"]},
        name=TEXT,
        transportation=TEXT,
        latitude={"type": "number", "minimum": -90, "maximum": 90},
        longitude={"type": "number", "minimum": -180, "maximum": 180},
        addresses=array("Address"),
        phones=array("Phone"),
        contacts=array("Contact"),
        accessibility=array("Accessibility"),
        schedules=array("Schedule"),
    ),
    "Taxonomy": obj(["id", "name", "description"], id=UUID, name=TEXT, description=TEXT),
    "TaxonomyTerm": obj(
        ["id", "name", "description"],
        id=UUID,
        code=TEXT,
        name=TEXT,
        description=TEXT,
        parent_id=UUID,
        taxonomy=TEXT,
        taxonomy_id=UUID,
        taxonomy_detail=ref("Taxonomy"),
        language=TEXT,
    ),
    "Attribute": obj(
        ["id"],
        id=UUID,
        link_id=UUID,
        link_type=TEXT,
        link_entity=TEXT,
        taxonomy_term_id=UUID,
        value=TEXT,
        taxonomy_term=ref("TaxonomyTerm"),
    ),
    "ServiceArea": obj(["id"], id=UUID, name=TEXT, description=TEXT),
    "Language": obj(["id"], id=UUID, name=TEXT, code=TEXT),
    "CostOption": obj(
        ["id"], id=UUID, option=TEXT, amount={"type": "number"}, amount_description=TEXT
    ),
    "RequiredDocument": obj(["id"], id=UUID, document=TEXT, uri=URI),
    "ServiceSummary": obj(["id", "name", "status"], **SERVICE_FIELDS),
    "Service": obj(
        ["id", "name", "status"],
        **SERVICE_FIELDS,
        phones=array("Phone"),
        schedules=array("Schedule"),
        service_areas=array("ServiceArea"),
        service_at_locations=array("ServiceAtLocation"),
        languages=array("Language"),
        cost_options=array("CostOption"),
        required_documents=array("RequiredDocument"),
        contacts=array("Contact"),
        attributes=array("Attribute"),
    ),
    "Organization": obj(
        ["id", "name", "description"],
        id=UUID,
        name=TEXT,
        description=TEXT,
        email=EMAIL,
        website=URI,
        phones=array("Phone"),
        services={"type": "array", "items": {"anyOf": [ref("Service"), ref("ServiceSummary")]}},
    ),
    "ServiceAtLocation": obj(
        ["id"],
        id=UUID,
        service_id=UUID,
        location_id=UUID,
        location=ref("Location"),
        service={"anyOf": [ref("Service"), ref("ServiceSummary")]},
    ),
}


def query(name, schema, description):
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema,
    }


def parameters(max_page_size):
    boolean = {"type": "boolean"}
    return {
        "page": query("page", {"type": "integer", "minimum": 1}, "Page number, from 1."),
        "per_page": query(
            "per_page",
            {"type": "integer", "minimum": 1, "maximum": max_page_size},
            "Results on a page (default 20).",
        ),
        "search": query(
            "search", {"type": "string", "maxLength": 200}, "Part of the name (case aside)."
        ),
        "taxonomy_term_id": query("taxonomy_term_id", UUID, "Only with this term."),
        "taxonomy_id": query("taxonomy_id", UUID, "Only with a term of this taxonomy."),
        "organization_id": query("organization_id", UUID, "Only of this organization."),
        "modified_after": query(
            "modified_after",
            {"type": "string", "format": "date-time"},
            "Only published on or after this moment.",
        ),
        "postcode": query(
            "postcode", {"type": "string", "maxLength": 20}, "Only at a location with it."
        ),
        "full": query("full", boolean, "Lists with child objects (services: default true)."),
        "full_service": query("full_service", boolean, "Organizations' services in full."),
        "parent_id": query("parent_id", UUID, "Only terms under this one."),
        "top_only": query("top_only", boolean, "Only terms without a parent."),
    }


def responses(schema, statuses):
    answers = {
        "200": {
            "description": "OK",
            "content": {"application/json": {"schema": schema}},
        }
    }
    for status in statuses:
        answers[str(status)] = {
            "description": {400: "A bad parameter", 404: "Not found"}[status],
            "content": {"application/json": {"schema": ref("Error")}},
        }
    return answers


def page_of(name):
    return {"allOf": [ref("Page"), {"properties": {"contents": array(name)}}]}


def listing(summary, item, operation, names):
    return {
        "get": {
            "summary": summary,
            "operationId": operation,
            "parameters": [{"$ref": f"#/components/parameters/{n}"} for n in names],
            "responses": responses(page_of(item), [400]),
        }
    }


def detail(summary, schema, operation, names=()):
    return {
        "get": {
            "summary": summary,
            "operationId": operation,
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                *({"$ref": f"#/components/parameters/{n}"} for n in names),
            ],
            "responses": responses(ref(schema), [400, 404] if names else [404]),
        }
    }


SERVICE_PARAMETERS = [
    "page",
    "per_page",
    "search",
    "taxonomy_term_id",
    "taxonomy_id",
    "organization_id",
    "modified_after",
    "postcode",
    "full",
]


def openapi_document(base, language, version, max_page_size):
    """The document for the API at `base` (…/api/hsds/<language>)."""
    paths = {
        "/": {
            "get": {
                "summary": "What this API is",
                "operationId": "meta",
                "responses": responses(ref("Meta"), []),
            }
        },
        "/services/": listing("Services, A–Z", "Service", "services", SERVICE_PARAMETERS),
        "/services/{id}/": detail("One service", "Service", "service"),
        "/organizations/": listing(
            "Organizations, A–Z",
            "Organization",
            "organizations",
            ["page", "per_page", "search", "full", "full_service"],
        ),
        "/organizations/{id}/": detail(
            "One organization with its services", "Organization", "organization", ["full_service"]
        ),
        "/taxonomies/": listing(
            "Taxonomies", "Taxonomy", "taxonomies", ["page", "per_page", "search"]
        ),
        "/taxonomies/{id}/": detail("One taxonomy", "Taxonomy", "taxonomy"),
        "/taxonomy_terms/": listing(
            "Terms of every taxonomy",
            "TaxonomyTerm",
            "taxonomy_terms",
            ["page", "per_page", "search", "taxonomy_id", "parent_id", "top_only"],
        ),
        "/taxonomy_terms/{id}/": detail("One taxonomy term", "TaxonomyTerm", "taxonomy_term"),
        "/service_at_locations/": listing(
            "Services at their locations",
            "ServiceAtLocation",
            "service_at_locations",
            SERVICE_PARAMETERS,
        ),
        "/service_at_locations/{id}/": detail(
            "One service at one location", "ServiceAtLocation", "service_at_location"
        ),
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": f"Service directory (HSDS {version}), language {language}",
            "version": "1",
            "description": (
                "Open Referral HSDS 3 of this site's services, read-only. Ids are the same "
                "in every language; extensions are properties prefixed x_."
            ),
        },
        "servers": [{"url": base}],
        "paths": paths,
        "components": {"schemas": SCHEMAS, "parameters": parameters(max_page_size)},
    }
