"""A load_state_dict pre-hook that matches optimizer state by name."""
import copy


def by_name(renamed=None):
    """A hook for register_load_state_dict_pre_hook. `renamed` maps a
    name in this model to its name in the checkpoint. A parameter the
    checkpoint lacks keeps its state (none, in a new optimizer); saved
    state that no parameter asks for is left out."""
    renamed = renamed or {}

    def hook(optimizer, saved):
        ours = copy.deepcopy(optimizer.state_dict())  # our ids and names
        for group, old in zip(ours["param_groups"], saved["param_groups"],
                              strict=True):
            for key, value in old.items():  # saved lr, momentum, ...
                if key not in ("params", "param_names"):
                    group[key] = value
            old_ids = dict(zip(old["param_names"], old["params"]))
            for pid, name in zip(group["params"], group["param_names"]):
                old_id = old_ids.get(renamed.get(name, name))
                if old_id in saved["state"]:
                    ours["state"][pid] = copy.deepcopy(saved["state"][old_id])
        return ours  # load_state_dict() loads this instead

    return hook
