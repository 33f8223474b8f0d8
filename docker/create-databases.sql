-- One database per subgraph (design section 2): each organization family keeps its own.
CREATE DATABASE party;
CREATE DATABASE state;
CREATE DATABASE front;
CREATE DATABASE armed_forces;
