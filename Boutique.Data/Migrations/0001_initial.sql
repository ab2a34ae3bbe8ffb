-- 0001_initial: the whole boutique schema.
-- Hand-written to match the EF Core model in Boutique.Data; MigrationsMatchTheEfModel (tests) compares
-- the two catalog by catalog, so a change to either one must be mirrored in a new migration file.
-- Conventions: snake_case names; money numeric(12,2); timestamps timestamptz (UTC); enums as text
-- guarded by CHECK constraints; every foreign key has an index that starts with its column.

-- --------------------------------------------------------------------------------------------------
-- Accounts: people, their login tokens and the mail we owe them.
-- --------------------------------------------------------------------------------------------------

CREATE TABLE users (
    id uuid NOT NULL,
    email character varying(320) NOT NULL,
    email_normalized character varying(320) GENERATED ALWAYS AS (lower(email)) STORED NOT NULL,
    password_hash text,
    full_name character varying(200) NOT NULL,
    phone character varying(40),
    default_address_recipient character varying(200),
    default_address_line1 character varying(200),
    default_address_line2 character varying(200),
    default_address_city character varying(100),
    default_address_region character varying(100),
    default_address_postal_code character varying(20),
    default_address_country character(2),
    role character varying(20) NOT NULL,
    is_active boolean NOT NULL,
    email_verified boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    last_login_at timestamp with time zone,
    CONSTRAINT pk_users PRIMARY KEY (id),
    CONSTRAINT ck_users_email_not_blank CHECK (length(btrim(email)) > 0),
    CONSTRAINT ck_users_role CHECK (role IN ('Customer', 'Editor', 'Approver', 'Admin'))
);
CREATE UNIQUE INDEX ix_users_email_normalized ON users (email_normalized);
CREATE INDEX ix_users_role ON users (role);

CREATE TABLE refresh_tokens (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    token_hash character varying(128) NOT NULL,
    family_id uuid NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone,
    revoked_reason character varying(100),
    replaced_by_token_id uuid,
    created_by_ip character varying(64),
    user_agent character varying(512),
    CONSTRAINT pk_refresh_tokens PRIMARY KEY (id),
    CONSTRAINT ck_refresh_tokens_expires_after_created CHECK (expires_at > created_at),
    CONSTRAINT fk_refresh_tokens_refresh_tokens_replaced_by_token_id FOREIGN KEY (replaced_by_token_id) REFERENCES refresh_tokens (id) ON DELETE SET NULL,
    CONSTRAINT fk_refresh_tokens_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX ix_refresh_tokens_family_id ON refresh_tokens (family_id);
CREATE INDEX ix_refresh_tokens_replaced_by_token_id ON refresh_tokens (replaced_by_token_id);
CREATE UNIQUE INDEX ix_refresh_tokens_token_hash ON refresh_tokens (token_hash);
CREATE INDEX ix_refresh_tokens_user_id ON refresh_tokens (user_id);

CREATE TABLE one_time_tokens (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    purpose character varying(30) NOT NULL,
    token_hash character varying(128) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    used_at timestamp with time zone,
    CONSTRAINT pk_one_time_tokens PRIMARY KEY (id),
    CONSTRAINT ck_one_time_tokens_expires_after_created CHECK (expires_at > created_at),
    CONSTRAINT ck_one_time_tokens_purpose CHECK (purpose IN ('EmailVerification', 'PasswordReset')),
    CONSTRAINT fk_one_time_tokens_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX ix_one_time_tokens_token_hash ON one_time_tokens (token_hash);
CREATE INDEX ix_one_time_tokens_user_id_purpose ON one_time_tokens (user_id, purpose);

CREATE TABLE email_outbox (
    id uuid NOT NULL,
    to_address character varying(320) NOT NULL,
    subject character varying(300) NOT NULL,
    body_text text NOT NULL,
    body_html text,
    created_at timestamp with time zone NOT NULL,
    sent_at timestamp with time zone,
    attempts integer NOT NULL DEFAULT 0,
    last_error text,
    CONSTRAINT pk_email_outbox PRIMARY KEY (id),
    CONSTRAINT ck_email_outbox_attempts CHECK (attempts >= 0)
);
CREATE INDEX ix_email_outbox_unsent ON email_outbox (created_at) WHERE sent_at IS NULL;

-- --------------------------------------------------------------------------------------------------
-- Catalog: what the shop sells. Images are stored by content hash and served at /images/<sha256>.svg.
-- --------------------------------------------------------------------------------------------------

CREATE TABLE categories (
    id uuid NOT NULL,
    name character varying(100) NOT NULL,
    slug character varying(100) NOT NULL,
    description text,
    image_url character varying(500),
    sort_order integer NOT NULL,
    CONSTRAINT pk_categories PRIMARY KEY (id),
    CONSTRAINT ck_categories_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
CREATE UNIQUE INDEX ix_categories_name ON categories (name);
CREATE UNIQUE INDEX ix_categories_slug ON categories (slug);
CREATE INDEX ix_categories_sort_order ON categories (sort_order);

CREATE TABLE products (
    id uuid NOT NULL,
    category_id uuid NOT NULL,
    name character varying(200) NOT NULL,
    slug character varying(200) NOT NULL,
    description text,
    price numeric(12,2) NOT NULL,
    compare_at_price numeric(12,2),
    is_featured boolean NOT NULL,
    status character varying(20) NOT NULL,
    created_by_id uuid,
    approved_by_id uuid,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    published_at timestamp with time zone,
    search_vector tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', name), 'A') || setweight(to_tsvector('english', coalesce(description, '')), 'B')) STORED NOT NULL,
    CONSTRAINT pk_products PRIMARY KEY (id),
    CONSTRAINT ck_products_compare_at_price CHECK (compare_at_price IS NULL OR compare_at_price >= 0),
    CONSTRAINT ck_products_price CHECK (price >= 0),
    CONSTRAINT ck_products_published_at CHECK (status NOT IN ('Published', 'Archived') OR published_at IS NOT NULL),
    CONSTRAINT ck_products_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT ck_products_status CHECK (status IN ('Draft', 'PendingApproval', 'Published', 'Archived')),
    CONSTRAINT fk_products_categories_category_id FOREIGN KEY (category_id) REFERENCES categories (id) ON DELETE RESTRICT,
    CONSTRAINT fk_products_users_approved_by_id FOREIGN KEY (approved_by_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT fk_products_users_created_by_id FOREIGN KEY (created_by_id) REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX ix_products_approved_by_id ON products (approved_by_id);
CREATE INDEX ix_products_category_id ON products (category_id);
CREATE INDEX ix_products_created_at ON products (created_at);
CREATE INDEX ix_products_created_by_id ON products (created_by_id);
CREATE INDEX ix_products_is_featured ON products (is_featured) WHERE is_featured;
CREATE INDEX ix_products_price ON products (price);
CREATE INDEX ix_products_published_at ON products (published_at);
CREATE INDEX ix_products_search_vector ON products USING gin (search_vector);
CREATE UNIQUE INDEX ix_products_slug ON products (slug);
CREATE INDEX ix_products_status_category_id ON products (status, category_id);

CREATE TABLE product_variants (
    id uuid NOT NULL,
    product_id uuid NOT NULL,
    sku character varying(64) NOT NULL,
    size character varying(20) NOT NULL,
    colour character varying(40) NOT NULL,
    price_override numeric(12,2),
    stock integer NOT NULL,
    CONSTRAINT pk_product_variants PRIMARY KEY (id),
    CONSTRAINT ck_product_variants_price_override CHECK (price_override IS NULL OR price_override >= 0),
    CONSTRAINT ck_product_variants_stock CHECK (stock >= 0),
    CONSTRAINT fk_product_variants_products_product_id FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX ix_product_variants_product_id_size_colour ON product_variants (product_id, size, colour);
CREATE UNIQUE INDEX ix_product_variants_sku ON product_variants (sku);

CREATE TABLE product_images (
    id uuid NOT NULL,
    product_id uuid NOT NULL,
    url character varying(500) NOT NULL,
    alt_text character varying(300),
    width integer NOT NULL,
    height integer NOT NULL,
    sort_order integer NOT NULL,
    CONSTRAINT pk_product_images PRIMARY KEY (id),
    CONSTRAINT ck_product_images_size CHECK (width > 0 AND height > 0),
    CONSTRAINT ck_product_images_sort_order CHECK (sort_order >= 0),
    CONSTRAINT fk_product_images_products_product_id FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE
);
CREATE INDEX ix_product_images_product_id_sort_order ON product_images (product_id, sort_order);

CREATE TABLE images (
    id character(64) NOT NULL,
    content_type character varying(100) NOT NULL,
    content bytea NOT NULL,
    byte_length integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_images PRIMARY KEY (id),
    CONSTRAINT ck_images_byte_length CHECK (byte_length = octet_length(content)),
    CONSTRAINT ck_images_id_is_sha256 CHECK (id ~ '^[0-9a-f]{64}$')
);

-- --------------------------------------------------------------------------------------------------
-- Cart: one per user or per guest token.
-- --------------------------------------------------------------------------------------------------

CREATE TABLE carts (
    id uuid NOT NULL,
    user_id uuid,
    guest_token character varying(100),
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_carts PRIMARY KEY (id),
    CONSTRAINT ck_carts_owner CHECK (num_nonnulls(user_id, guest_token) = 1),
    CONSTRAINT fk_carts_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX ix_carts_guest_token ON carts (guest_token);
CREATE INDEX ix_carts_updated_at ON carts (updated_at);
CREATE UNIQUE INDEX ix_carts_user_id ON carts (user_id);

CREATE TABLE cart_lines (
    id uuid NOT NULL,
    cart_id uuid NOT NULL,
    variant_id uuid NOT NULL,
    quantity integer NOT NULL,
    unit_price numeric(12,2) NOT NULL,
    added_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_cart_lines PRIMARY KEY (id),
    CONSTRAINT ck_cart_lines_quantity CHECK (quantity > 0),
    CONSTRAINT ck_cart_lines_unit_price CHECK (unit_price >= 0),
    CONSTRAINT fk_cart_lines_carts_cart_id FOREIGN KEY (cart_id) REFERENCES carts (id) ON DELETE CASCADE,
    CONSTRAINT fk_cart_lines_product_variants_variant_id FOREIGN KEY (variant_id) REFERENCES product_variants (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX ix_cart_lines_cart_id_variant_id ON cart_lines (cart_id, variant_id);
CREATE INDEX ix_cart_lines_variant_id ON cart_lines (variant_id);

-- --------------------------------------------------------------------------------------------------
-- Orders: numbered from a sequence, lines copied at purchase time, every status change recorded.
-- --------------------------------------------------------------------------------------------------

CREATE SEQUENCE order_number_seq AS bigint START WITH 1 INCREMENT BY 1 NO CYCLE;

CREATE TABLE orders (
    id uuid NOT NULL,
    number bigint NOT NULL DEFAULT (nextval('order_number_seq')),
    order_number character varying(32) GENERATED ALWAYS AS ('FZB-' || lpad(number::text, greatest(6, length(number::text)), '0')) STORED NOT NULL,
    user_id uuid,
    email character varying(320) NOT NULL,
    shipping_recipient character varying(200) NOT NULL,
    shipping_line1 character varying(200) NOT NULL,
    shipping_line2 character varying(200),
    shipping_city character varying(100) NOT NULL,
    shipping_region character varying(100),
    shipping_postal_code character varying(20) NOT NULL,
    shipping_country character(2) NOT NULL,
    subtotal numeric(12,2) NOT NULL,
    shipping numeric(12,2) NOT NULL,
    total numeric(12,2) NOT NULL,
    currency character(3) NOT NULL,
    status character varying(20) NOT NULL,
    payment_status character varying(20) NOT NULL,
    idempotency_key character varying(100) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_orders PRIMARY KEY (id),
    CONSTRAINT ck_orders_amounts CHECK (subtotal >= 0 AND shipping >= 0),
    CONSTRAINT ck_orders_currency CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT ck_orders_payment_status CHECK (payment_status IN ('Pending', 'Paid', 'Failed', 'Refunded')),
    CONSTRAINT ck_orders_status CHECK (status IN ('Pending', 'Paid', 'Processing', 'Shipped', 'Delivered', 'Cancelled')),
    CONSTRAINT ck_orders_total CHECK (total = subtotal + shipping),
    CONSTRAINT fk_orders_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX ix_orders_created_at ON orders (created_at);
CREATE UNIQUE INDEX ix_orders_idempotency_key ON orders (idempotency_key);
CREATE UNIQUE INDEX ix_orders_number ON orders (number);
CREATE UNIQUE INDEX ix_orders_order_number ON orders (order_number);
CREATE INDEX ix_orders_status ON orders (status);
CREATE INDEX ix_orders_user_id_created_at ON orders (user_id, created_at);

CREATE TABLE order_lines (
    id uuid NOT NULL,
    order_id uuid NOT NULL,
    variant_id uuid,
    product_id uuid,
    product_name character varying(200) NOT NULL,
    sku character varying(64) NOT NULL,
    size character varying(20) NOT NULL,
    colour character varying(40) NOT NULL,
    unit_price numeric(12,2) NOT NULL,
    quantity integer NOT NULL,
    CONSTRAINT pk_order_lines PRIMARY KEY (id),
    CONSTRAINT ck_order_lines_quantity CHECK (quantity > 0),
    CONSTRAINT ck_order_lines_unit_price CHECK (unit_price >= 0),
    CONSTRAINT fk_order_lines_orders_order_id FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT fk_order_lines_product_variants_variant_id FOREIGN KEY (variant_id) REFERENCES product_variants (id) ON DELETE SET NULL,
    CONSTRAINT fk_order_lines_products_product_id FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE SET NULL
);
CREATE INDEX ix_order_lines_order_id ON order_lines (order_id);
CREATE INDEX ix_order_lines_product_id ON order_lines (product_id);
CREATE INDEX ix_order_lines_variant_id ON order_lines (variant_id);

CREATE TABLE order_status_history (
    id uuid NOT NULL,
    order_id uuid NOT NULL,
    from_status character varying(20),
    to_status character varying(20) NOT NULL,
    note character varying(1000),
    changed_by_id uuid,
    changed_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_order_status_history PRIMARY KEY (id),
    CONSTRAINT ck_order_status_history_from_status CHECK (from_status IS NULL OR from_status IN ('Pending', 'Paid', 'Processing', 'Shipped', 'Delivered', 'Cancelled')),
    CONSTRAINT ck_order_status_history_to_status CHECK (to_status IN ('Pending', 'Paid', 'Processing', 'Shipped', 'Delivered', 'Cancelled')),
    CONSTRAINT fk_order_status_history_orders_order_id FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT fk_order_status_history_users_changed_by_id FOREIGN KEY (changed_by_id) REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX ix_order_status_history_changed_by_id ON order_status_history (changed_by_id);
CREATE INDEX ix_order_status_history_order_id_changed_at ON order_status_history (order_id, changed_at);

-- --------------------------------------------------------------------------------------------------
-- Chat: conversations with the shop assistant.
-- --------------------------------------------------------------------------------------------------

CREATE TABLE chat_sessions (
    id uuid NOT NULL,
    user_id uuid,
    guest_token character varying(100),
    title character varying(200),
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_chat_sessions PRIMARY KEY (id),
    CONSTRAINT ck_chat_sessions_owner CHECK (num_nonnulls(user_id, guest_token) = 1),
    CONSTRAINT fk_chat_sessions_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX ix_chat_sessions_guest_token ON chat_sessions (guest_token);
CREATE INDEX ix_chat_sessions_user_id_updated_at ON chat_sessions (user_id, updated_at);

CREATE TABLE chat_messages (
    id uuid NOT NULL,
    session_id uuid NOT NULL,
    role character varying(20) NOT NULL,
    content text NOT NULL,
    referenced_product_ids uuid[] NOT NULL,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_chat_messages PRIMARY KEY (id),
    CONSTRAINT ck_chat_messages_role CHECK (role IN ('User', 'Assistant', 'System', 'Tool')),
    CONSTRAINT fk_chat_messages_chat_sessions_session_id FOREIGN KEY (session_id) REFERENCES chat_sessions (id) ON DELETE CASCADE
);
CREATE INDEX ix_chat_messages_session_id_created_at ON chat_messages (session_id, created_at);
