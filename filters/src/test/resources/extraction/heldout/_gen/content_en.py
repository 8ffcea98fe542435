# -*- coding: utf-8 -*-
"""Main content of the en held-out pages (all text written for this set)."""

PRODUCT_LABELS_EN = {
    "spec": "Technical Details", "desc": "About this item", "orders": "Returns & Orders", "cart": "Cart", "cats": ["Luggage & Travel Gear", "Backpacks", "Laptop Backpacks"],
    "price": "Price:", "cur": "$", "notify": "Track price", "reviews": "Customer reviews", "promo": "Save", "coupon": "Apply 10% coupon",
    "ship": "Delivery", "ship_text": "FREE delivery Thursday, May 16 on orders over $35", "color": "Color", "add_cart": "Add to Cart", "buy": "Buy Now",
    "also": "Customers also viewed these products", "after": "Return policy", "after_text": "Eligible for return, refund or replacement within 30 days of receipt.",
    "rating": "4.5 out of 5", "guess": "Products related to this item",
    "footer": [("Get to Know Us", "Careers"), ("Make Money with Us", "Sell products"), ("Let Us Help You", "Your Account")],
}
DOCS_LABELS_EN = {"skip": "Skip to main content", "banner": "⭐️ If you like this project, give it a star on GitHub!", "docs": "Docs", "blog": "Blog", "guide": "Guides",
                  "on_page": "On this page", "edit": "Edit this page", "updated": "Last updated on May 12, 2024", "helpful": "Was this page helpful?"}

PAGES = [
{"lang": "en", "name": "soup_compost_program", "kind": "soup_news", "author": "Dana Whitfield", "source": "Metro Desk", "date": "May 9, 2024, 6:00 AM ET",
 "tags": ["Environment", "City Hall"], "bio": "Dana covers city services and the environment.",
 "title": "Curbside composting reaches every neighborhood, but will residents use it?",
 "dek": "The city spent two years expanding pickup. Now the hard part begins.",
 "blocks": [
  ("p", "Starting this month, every household in the city can put food scraps out for weekly collection in a brown bin, completing an expansion that began with a pilot program in three neighborhoods two years ago."),
  ("p", "Officials say the program could keep tens of thousands of tons of waste out of the landfill each year, but only if people actually use it. In the pilot areas, roughly one in three eligible households set out a bin in a typical week."),
  ("p", "\"The bins are the easy part,\" said the director of the sanitation department. \"Changing a habit that people have had their whole lives takes much longer.\""),
  ("img", "A collection truck picks up compost bins on a residential street."),
  ("h", "What goes in the bin"),
  ("p", "Fruit and vegetable scraps, coffee grounds, eggshells, bread and food-soiled paper are all accepted. Plastic bags, even ones labeled compostable, are not, because they jam the processing equipment."),
  ("p", "Residents in the pilot neighborhoods said the biggest obstacles were smell and fruit flies during the summer. Some suggested freezing scraps until collection day or lining the kitchen pail with newspaper."),
  ("p", "The finished compost is offered free to community gardens and, twice a year, to residents at giveaway events in local parks. The department plans to publish participation rates by district every quarter."),
 ]},

{"lang": "en", "name": "wp_container_garden", "kind": "wp_blog", "blogname": "Balcony Botanist", "tagline": "Growing food in small spaces",
 "title": "What a year of container gardening taught me", "author": "Priya N.", "date": "March 3, 2024",
 "bio": "Apartment dweller, amateur grower, occasional tomato whisperer.", "tags": ["containers", "vegetables", "beginners"], "cats": ["Vegetables", "Herbs", "How-to"],
 "menu": ["Home", "Start Here", "Plant Guides", "About"],
 "blocks": [
  ("p", "Last spring I had a bare concrete balcony and a vague idea that I wanted to grow my own salad. Twelve months, fourteen pots and one very stubborn lemon tree later, here is what I wish someone had told me at the start."),
  ("h", "Bigger pots are always better"),
  ("p", "My first tomatoes went into pots that looked generous in the store. By July they were wilting by lunchtime no matter how much I watered. Small containers dry out fast and heat up in the sun. This year everything fruiting gets at least a five-gallon pot."),
  ("h", "Watch the light, not the label"),
  ("p", "Seed packets say \"full sun\", but a balcony rarely gets it all day. I spent a week noting when the sun hit each corner. The shady end turned out to be perfect for lettuce, mint and parsley, which bolted in the bright spots."),
  ("h", "Feed more than you think"),
  ("p", "Potting mix runs out of nutrients surprisingly quickly because every watering washes some away. A diluted liquid feed every two weeks made a visible difference to my peppers."),
  ("ul", ["Start with herbs: they forgive mistakes", "Use saucers, but empty them after rain", "Label everything, because you will forget"]),
  ("p", "None of this needs much money or space. It mostly needs attention, and a willingness to treat the failures as free lessons."),
 ]},

{"lang": "en", "name": "blogger_family_history", "kind": "blogger", "blogname": "Roots & Branches", "tagline": "One family's story, one record at a time", "pstyle": "br",
 "title": "The letter in the attic that rewrote our family tree", "author": "Margaret Hale", "date": "Sunday, February 11, 2024",
 "bio": "Retired librarian tracing the Hale and Ostrowski lines.", "tags": ["letters", "immigration", "research tips"],
 "blocks": [
  ("p", "For almost ten years our family tree said that my great-grandfather arrived in the country alone in 1907. It was written in my aunt's neat handwriting on the chart we kept in the hall closet, and nobody ever questioned it."),
  ("p", "Then, while clearing out my mother's attic last autumn, I found a shoebox of letters tied with kitchen string. Most were postcards from cousins, but one envelope held a long letter written in Polish and dated two years earlier than the supposed arrival."),
  ("p", "A friend from church kindly translated it. The letter was from my great-grandfather to his younger brother, describing the job he had found at a bakery and urging him to come over as soon as he could save the fare."),
  ("img", "The envelope, postmarked 1905"),
  ("p", "That one page changed two things. He had arrived at least two years earlier than we believed, and he had a brother who followed him. A search of passenger lists under the brother's name turned up a record within an afternoon."),
  ("p", "The lesson I keep coming back to is simple: family stories are a starting point, not a conclusion. Check every date you can against a document, and never throw away a box of old paper before you have read it."),
 ]},

{"lang": "en", "name": "discourse_bike_chain", "kind": "forum_div", "fstyle": "discourse", "forum": "Cycling Community", "board": "Maintenance",
 "title": "Chain keeps skipping on the smallest cog after new cassette",
 "posts": [
  {"user": "rivera_m", "blocks": [
    ("p", "I replaced the cassette on my commuter last weekend (old one was worn out) but kept the same chain, which has maybe 2,000 miles on it. Now the chain skips under load whenever I'm on the two smallest cogs. The other gears are fine."),
    ("p", "I've already tried adjusting the barrel adjuster a quarter turn each way. Any ideas before I take it to the shop?")]},
  {"user": "oldmanriver", "rank": "Regular", "blocks": [
    ("p", "Almost certainly the chain. A chain with that many miles has stretched to match the old cassette, and new cogs have sharp, unworn teeth that the stretched chain can't seat on properly. The small cogs show it first because fewer teeth are engaged."),
    ("p", "Measure it with a chain checker. If it's past 0.5 percent wear, replace it.")]},
  {"user": "quietfox", "blocks": [
    ("p", "Agree with the above. Rule of thumb I use: new cassette means new chain, every time. A chain is much cheaper than a cassette, so replacing it regularly saves money in the long run.")]},
  {"user": "rivera_m", "blocks": [
    ("p", "Update: the checker dropped right into the 0.75 slot. Fitted a new chain last night and it shifts perfectly now. Thanks, everyone.")]},
 ]},

{"lang": "en", "name": "so_git_undo_commit", "kind": "qa_so", "site": "Stack Overflow", "asker": "new_to_git", "tags": ["git", "git-reset", "version-control"],
 "title": "How do I undo my last commit but keep the changes in my working directory?",
 "question": [
  ("p", "I committed a set of changes too early and haven't pushed yet. I want to undo the commit itself but keep all the modified files exactly as they are so I can keep working and commit again later."),
  ("p", "I tried `git revert HEAD` but that created a new commit that removed my changes, which is the opposite of what I want. What's the right command?")],
 "answers": [
  {"user": "dkl", "accepted": True, "comment": "Worth noting this rewrites history, so only do it before pushing.", "blocks": [
    ("p", "Use a soft or mixed reset to move the branch pointer back one commit without touching your files:"),
    ("pre", "git reset --soft HEAD~1", "bash"),
    ("p", "With `--soft` the changes stay staged, ready to commit again. If you'd rather have them unstaged, use the default mixed mode instead:"),
    ("pre", "git reset HEAD~1", "bash"),
    ("p", "`git revert` is the right tool for undoing a commit that has already been shared, because it adds a new commit instead of rewriting history.")]},
  {"user": "jmorris", "blocks": [
    ("p", "If all you want is to add a few more changes or fix the message, you don't need to undo anything. Stage the extra changes and run `git commit --amend`, which replaces the last commit with a new one.")]},
 ]},

{"lang": "en", "name": "amazon_backpack", "kind": "product", "site": "Shop", "shop": "Visit the Trailmark Store", "layout": "tabs",
 "title": "Trailmark Commuter Backpack 25L, Water-Resistant Laptop Backpack with USB Port, Fits 15.6 Inch Laptop",
 "price": "49.99", "promo": "Limited time deal", "skus": ["Charcoal", "Navy", "Olive"],
 "labels": PRODUCT_LABELS_EN,
 "reviews": ["Sturdy and holds more than it looks like it would.", "The USB port is a gimmick but the bag itself is great.", "Zippers feel cheap, otherwise fine."],
 "recs": [("Trailmark Packing Cubes Set of 4", "$24.99"), ("Rain Cover for Backpacks 20-35L", "$12.99"), ("Slim Laptop Sleeve 15.6 Inch", "$18.49")],
 "blocks": [
  ("ul", [
    "WATER-RESISTANT FABRIC: Made from recycled polyester with a water-repellent coating that keeps your things dry in light rain.",
    "PADDED LAPTOP COMPARTMENT: A separate suspended sleeve fits laptops up to 15.6 inches and keeps them off the ground when you set the bag down.",
    "ORGANIZED STORAGE: Front pocket with pen slots, key clip and two mesh pockets; side bottle pockets fit a 24 oz bottle.",
    "COMFORT FOR LONG DAYS: Breathable back panel and S-shaped shoulder straps spread the weight evenly.",
    "LUGGAGE STRAP: Slides over the handle of a rolling suitcase for easy travel."]),
 ],
 "specs": [["Specification", "Value"], ["Capacity", "25 Liters"], ["Dimensions", "18 x 12 x 7 inches"], ["Weight", "1.9 Pounds"], ["Material", "Recycled polyester"], ["Laptop size", "Up to 15.6 inches"]],
},

{"lang": "en", "name": "docs_config_env", "kind": "docs", "site": "Harbor", "labels": DOCS_LABELS_EN,
 "sidebar": ["Introduction", "Installation", "Configuration", "Environment variables", "Deployment", "FAQ"], "sidebar_active": "Environment variables",
 "title": "Environment variables",
 "blocks": [
  ("p", "Every option in `harbor.toml` can also be set with an environment variable. This is the recommended way to pass secrets and per-environment settings, since the file can then be committed safely."),
  ("h", "Naming"),
  ("p", "Variable names are the option path in upper case, with dots replaced by underscores and a `HARBOR_` prefix. For example, `server.port` becomes `HARBOR_SERVER_PORT`."),
  ("h", "Precedence"),
  ("p", "When the same option is set in more than one place, Harbor uses the first value it finds in this order:"),
  ("ol", ["Command-line flags", "Environment variables", "The configuration file", "Built-in defaults"]),
  ("h", "Example"),
  ("pre", "export HARBOR_SERVER_PORT=8080\nexport HARBOR_DATABASE_URL=postgres://localhost/harbor\nharbor serve", "bash"),
  ("p", "Values are read once at startup. Changing a variable while the server is running has no effect until it is restarted."),
 ]},

{"lang": "en", "name": "table_old_radio", "kind": "table_old", "pstyle": "br",
 "title": "Restoring a 1962 Tube Radio: Part 3, Replacing the Capacitors",
 "source": "Dave's Radio Workbench", "date": "Updated 14 Jan 2024", "editor": "Dave",
 "blocks": [
  ("p", "In part two we got the set powered up safely through a light bulb limiter and confirmed that the tubes still light. The next job is the one every restorer has to do: replacing the old paper and electrolytic capacitors."),
  ("p", "Capacitors from this era dry out or leak over sixty years. A leaky coupling capacitor can put voltage on the grid of the output tube and cook it, so this step is not optional if you want the radio to keep working."),
  ("h", "Work one at a time"),
  ("p", "I replace a single part, check it against the schematic, and only then move on to the next. It is slower, but it makes wiring mistakes almost impossible. I also take a photo of each section before I touch it."),
  ("p", "For the filter capacitors I left the original can on the chassis for looks and mounted modern replacements underneath on a tag strip. After the job was done, hum was gone and the volume at the same setting was noticeably higher."),
  ("p", "Next time: aligning the IF stages with a signal generator."),
 ]},
]
